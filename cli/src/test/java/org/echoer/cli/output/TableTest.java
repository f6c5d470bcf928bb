package org.echoer.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.echoer.cli.api.ResourceType;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void alignsColumnsOnTheWidestCell() {
        Table table = new Table(List.of("NAME", "STATE", "UUID")).row(List.of("my_flow_run", "done", "u-1")).row(List.of("r", "running", "u-22"));

        assertThat(table.render(Palette.plain())).containsExactly(
                "NAME         STATE    UUID",
                "my_flow_run  done     u-1",
                "r            running  u-22");
    }

    @Test
    void listsFlowRunsWithTheFieldsTheServerGives() throws Exception {
        var items = new ObjectMapper().readTree("""
                [{"name":"my_flow_run","uuid":"u-1","flow":"my_flow_run","state":"done","startedAt":"2026-01-01T10:00:00.000+00:00"}]
                """);

        List<String> lines = new ListView().table(ResourceType.FLOW_RUN, items).render(Palette.plain());

        assertThat(lines.get(0)).isEqualTo("NAME         STATE  FLOW         UUID  STARTED");
        assertThat(lines.get(1)).startsWith("my_flow_run  done   my_flow_run  u-1   2026-01-01 ");
    }

    @Test
    void waitingStepsSayWaiting() throws Exception {
        var items = new ObjectMapper().readTree("[{\"uuid\":\"u\",\"stepName\":\"A\",\"done\":false}]");

        assertThat(new ListView().table(ResourceType.STEP, items).render(Palette.plain()).get(1)).isEqualTo("A     waiting  no    u");
    }
}
