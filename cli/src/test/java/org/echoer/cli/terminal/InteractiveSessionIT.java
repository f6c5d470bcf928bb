package org.echoer.cli.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.echoer.cli.support.EchoerServerTest;
import org.echoer.cli.support.ScriptedTerminal;
import org.echoer.cli.support.SeedDemo;
import org.echoer.cli.support.ServerCalls;
import org.echoer.samples.SampleActionsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The prompt, driven keystroke by keystroke through JLine's dumb terminal, against the real application. */
@EchoerServerTest
class InteractiveSessionIT {

    @LocalServerPort
    int port;

    @TempDir
    Path home;

    private ServerCalls server;
    private SampleActionsServer actions;
    private ScriptedTerminal terminal;

    @BeforeEach
    void start() throws Exception {
        server = new ServerCalls(port);
        actions = SeedDemo.startActions(server.base());
        server.delete("/flowrun/my_flow_run"); // each test runs the demo afresh
        terminal = new ScriptedTerminal(home.resolve("history"), "--server", server.base());
        terminal.awaitLines(lines -> lines.stream().anyMatch(l -> l.startsWith("connected to")));
    }

    @AfterEach
    void stop() {
        terminal.close();
        actions.close();
    }

    @Test
    void pastedSeedDemoIsAcceptedStatementByStatementAndRunsToDone() {
        terminal.type(SeedDemo.text());
        terminal.awaitLines(lines -> terminal.count("OK") == 6);

        terminal.typeLine("list flowrun");
        List<String> listed = terminal.awaitLines(lines -> lines.stream().anyMatch(l -> l.startsWith("my_flow_run ")));
        assertThat(listed).anyMatch(l -> l.startsWith("NAME") && l.contains("STATE") && l.contains("UUID"));

        await().atMost(Duration.ofSeconds(30)).until(() -> server.flowRunState("my_flow_run"), "done"::equals);
        terminal.typeLine("get flowrun my_flow_run");
        List<String> shown = terminal.awaitLines(lines -> lines.stream().anyMatch(l -> l.startsWith("states passed")));
        assertThat(shown).anyMatch(l -> l.matches("state\\s+done"));
        assertThat(shown).anyMatch(l -> l.matches("states passed\\s+A -> D -> B -> C"));
        assertThat(shown).anyMatch(l -> l.matches("current step\\s+-"));

        terminal.typeLine("exit");
        assertThat(terminal.exitCode()).isZero();
        assertThat(terminal.lines()).contains("bye");
        assertThat(terminal.errors()).isEmpty();
    }

    @Test
    void badStatementShowsTheErrorUnderTheTypedLineAndTheSessionGoesOn() {
        terminal.type("""
                flow_run bad_run
                    step A => (SUCCESS->done) {
                        action = "nosuch";
                    };
                flow_run_end
                /
                """);
        List<String> lines = terminal.awaitLines(l -> l.stream().anyMatch(s -> s.startsWith("error: ")));
        int at = indexOfPrefix(lines, "error: ");
        assertThat(lines.get(at)).contains("nosuch").contains("(line 3, column ");
        String typed = lines.get(at + 1);
        String caret = lines.get(at + 2);
        assertThat(typed).isEqualTo("          action = \"nosuch\";");
        assertThat(caret.strip()).isEqualTo("^");
        int column = Integer.parseInt(lines.get(at).replaceAll(".*column (\\d+)\\).*", "$1"));
        assertThat(caret.indexOf('^')).isEqualTo(2 + column - 1).isIn(typed.indexOf("action"), typed.indexOf("\"nosuch\""));

        terminal.typeLine("get flowrun no_such_run");
        terminal.awaitLines(l -> l.stream().anyMatch(s -> s.startsWith("error: ") && s.contains("no_such_run")));
        terminal.typeLine("nonsense here");
        terminal.typeLine("/");
        terminal.awaitLines(l -> l.stream().filter(s -> s.startsWith("error: ")).count() == 3);
        terminal.typeLine("help");
        terminal.awaitLines(l -> l.stream().anyMatch(s -> s.contains("list TYPE [FLOW_RUN]")));

        assertThat(terminal.exitCode()).isZero();
    }

    private static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix + " in " + lines);
    }
}
