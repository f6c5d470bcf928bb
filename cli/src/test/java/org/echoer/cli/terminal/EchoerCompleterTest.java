package org.echoer.cli.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.echoer.cli.api.ResourceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EchoerCompleterTest {

    private final AtomicBoolean inside = new AtomicBoolean();
    private final Map<ResourceType, List<String>> server = Map.of(ResourceType.ACTION, List.of("ci", "notify"),
            ResourceType.FLOW, List.of(), ResourceType.FLOW_RUN, List.of("my_flow_run"));
    private final KnownNames names = new KnownNames(server::get);
    private final EchoerCompleter completer = new EchoerCompleter(names, inside::get);

    @BeforeEach
    void fetchNames() {
        assertThat(names.refresh()).isEmpty();
    }

    @Test
    void offersCommandsAndStatementKeywordsAtTheStart() {
        assertThat(completer.suggestions(List.of(""), 0)).contains("list", "get", "del", "help", "exit", "action", "flow", "flow_run");
    }

    @Test
    void offersTypesThenTheServersNames() {
        assertThat(completer.suggestions(List.of("get", ""), 1)).containsExactly("action", "flow", "flowrun", "step");
        assertThat(completer.suggestions(List.of("get", "flowrun", ""), 2)).containsExactly("my_flow_run");
        assertThat(completer.suggestions(List.of("del", "action", ""), 2)).containsExactly("ci", "notify");
        assertThat(completer.suggestions(List.of("list", "step", ""), 2)).containsExactly("my_flow_run");
        assertThat(completer.suggestions(List.of("get", "step", "A", ""), 3)).containsExactly("my_flow_run");
        assertThat(completer.suggestions(List.of("list", "nonsense", ""), 2)).isEmpty();
    }

    @Test
    void offersKeywordsAndActionNamesInsideAStatement() {
        inside.set(true);

        assertThat(completer.suggestions(List.of("", ""), 1)).contains("step", "args", "flow_run_end", "done", "ci", "notify")
                .doesNotContain("list");
    }
}
