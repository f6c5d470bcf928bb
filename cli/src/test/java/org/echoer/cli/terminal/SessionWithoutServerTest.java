package org.echoer.cli.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.echoer.cli.support.ClosedPort;
import org.echoer.cli.support.ScriptedTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prompt when the server is down: it says so in one line, and keeps going. */
class SessionWithoutServerTest {

    @TempDir
    Path home;

    @Test
    void saysTheServerIsUnreachableAndKeepsGoing() throws Exception {
        String server = ClosedPort.url();
        Path history = home.resolve("history");
        try (ScriptedTerminal terminal = new ScriptedTerminal(history, "--server", server)) {
            terminal.awaitLines(lines -> lines.stream().anyMatch(l -> l.startsWith("warning: ")));
            assertThat(terminal.lines()).contains("warning: cannot reach the echoer server at " + server
                    + " (connection refused); start it, or point --server or ECHOER_SERVER at it");

            terminal.type("action a\n  addr = \"http://h/a\";\naction_end\n/\n");
            terminal.awaitLines(lines -> lines.stream().anyMatch(l -> l.startsWith("error: cannot reach")));
            terminal.typeLine("list flow");
            terminal.awaitLines(lines -> lines.stream().filter(l -> l.startsWith("error: cannot reach")).count() == 2);
            terminal.typeLine("list nonsense");
            terminal.awaitLines(lines -> lines.contains("error: 'nonsense' is not one of action, flow, flowrun, step"));
            terminal.typeLine("get flowrun");
            terminal.awaitLines(lines -> lines.contains("usage: get TYPE NAME [FLOW_RUN]"));
            terminal.typeLine("help get");
            terminal.awaitLines(lines -> lines.contains("get TYPE NAME [FLOW_RUN]"));
            terminal.typeLine("exit");

            assertThat(terminal.exitCode()).isZero();
            assertThat(terminal.text()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(Files.readAllLines(history)).anyMatch(l -> l.endsWith("list flow")).anyMatch(l -> l.contains("action_end"));
    }

    @Test
    void endsOnEndOfInputWithAStatementHalfTyped() {
        try (ScriptedTerminal terminal = new ScriptedTerminal(home.resolve("history"), "--server", ClosedPort.url())) {
            terminal.type("action a\n");

            assertThat(terminal.exitCode()).isZero();
            assertThat(terminal.lines()).contains("bye");
        }
    }
}
