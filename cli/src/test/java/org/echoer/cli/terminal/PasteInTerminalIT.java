package org.echoer.cli.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.echoer.cli.support.EchoerServerTest;
import org.echoer.cli.support.SeedDemo;
import org.echoer.cli.support.ServerCalls;
import org.echoer.cli.support.TmuxTerminal;
import org.echoer.samples.SampleActionsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pasting FSL into the packaged {@code echoer} running in a real terminal (tmux) against the real
 * application: terminals deliver a paste as one bracketed paste, which the prompt must take statement by
 * statement as if typed.
 */
@EchoerServerTest
class PasteInTerminalIT {

    /** The jar the build packaged before its integration tests run, as users start it. */
    private static final Path CLI_JAR = Path.of("target", "echoer-cli.jar").toAbsolutePath();

    @LocalServerPort
    int port;

    @TempDir
    Path home;

    private ServerCalls server;
    private TmuxTerminal terminal;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8).replace('-', '_');

    @BeforeEach
    void startTheCliInATerminal() {
        TmuxTerminal.assumeInstalled();
        assertThat(CLI_JAR).as("the packaged CLI; the build makes it in the package phase").exists();
        server = new ServerCalls(port);
        String java = ProcessHandle.current().info().command().orElse("java");
        terminal = new TmuxTerminal(home, Map.of("NO_COLOR", "1"), List.of(java, "-jar", CLI_JAR.toString(),
                "--server", server.base(), "--history", home.resolve("history").toString()));
        terminal.awaitScreen(lines -> lines.stream().anyMatch(l -> l.startsWith("connected to")) && promptReady(lines));
    }

    @AfterEach
    void stopTheTerminal() {
        if (terminal != null) {
            terminal.close();
        }
    }

    @ParameterizedTest(name = "bracketed: {0}")
    @ValueSource(booleans = {true, false})
    void seedDemoPastedIsAnsweredOkPerStatementAndRuns(boolean bracketed) throws Exception {
        server.delete("/flowrun/my_flow_run");
        try (SampleActionsServer actions = SeedDemo.startActions(server.base())) {
            terminal.pasteFile(SeedDemo.FILE, bracketed).enter();

            List<String> screen = terminal.awaitScreen(lines -> answers(lines).size() == 6 && promptReady(lines));
            assertThat(answers(screen)).containsExactlyElementsOf(Collections.nCopies(6, "OK"));
            await().atMost(Duration.ofSeconds(30)).until(() -> server.flowRunState("my_flow_run"), "done"::equals);
        }
    }

    @Test
    void pasteWithoutBracketsAndWithTabsInsideLinesIsTakenAsTyped() {
        String tabbed = action("tabbed_" + suffix).replace("action ", "action\t").replace(" = ", "\t=\t");
        terminal.paste(tabbed + "flow_run bad_" + suffix + "\n\tstep A => (SUCCESS->done) {\n\t\taction = \"cii\";\n\t};\nflow_run_end\n/\n"
                + action("second_" + suffix), false);

        List<String> screen = terminal.awaitScreen(lines -> answers(lines).size() == 3 && promptReady(lines));
        assertThat(answers(screen)).hasSize(3);
        assertThat(answers(screen).get(0)).isEqualTo("OK");
        assertThat(answers(screen).get(1)).startsWith("error: unknown action 'cii'");
        assertThat(answers(screen).get(2)).isEqualTo("OK");
        assertThat(storedFsl("tabbed_" + suffix)).isEqualTo(tabbed.substring(0, tabbed.indexOf("\n/\n")));
    }

    @Test
    void answersEachStatementOfABracketedPasteInOrder() {
        terminal.paste(action("one_" + suffix) + "action broken_" + suffix + "\n\taddr = nowhere;\naction_end\n/\n"
                + action("three_" + suffix), true);

        List<String> screen = terminal.awaitScreen(lines -> answers(lines).size() == 3 && promptReady(lines));
        assertThat(answers(screen).get(0)).isEqualTo("OK");
        assertThat(answers(screen).get(1)).startsWith("error: ").contains("(line 2, column ");
        assertThat(answers(screen).get(2)).isEqualTo("OK");
    }

    @Test
    void unfinishedStatementAtTheEndOfAPasteWaitsForItsSlash() {
        terminal.paste(action("done_" + suffix) + "action later_" + suffix + "\n\taddr = \"http://127.0.0.1:9/later\";\n", true);

        List<String> waiting = terminal.awaitScreen(lines -> answers(lines).size() == 1 && last(lines).equals("|"));
        assertThat(answers(waiting)).containsExactly("OK");

        terminal.typeLine("\tmethod = http;").typeLine("\treturn = (DONE);").typeLine("action_end").typeLine("/");
        List<String> screen = terminal.awaitScreen(lines -> answers(lines).size() == 2 && promptReady(lines));
        assertThat(answers(screen)).containsExactly("OK", "OK");
        assertThat(storedFsl("later_" + suffix)).endsWith("\treturn = (DONE);\naction_end");
    }

    @Test
    void pasteWithoutAFinalLineBreakIsSentByEnter() throws Exception {
        String text = action("by_enter_" + suffix).stripTrailing();
        Path file = home.resolve("no-final-break.fsl");
        Files.writeString(file, text);
        terminal.pasteFile(file, true);

        List<String> pasted = terminal.awaitScreen(lines -> last(lines).equals("| /"));
        assertThat(answers(pasted)).isEmpty();

        terminal.enter();
        List<String> screen = terminal.awaitScreen(lines -> answers(lines).size() == 1 && promptReady(lines));
        assertThat(answers(screen)).containsExactly("OK");
    }

    private String storedFsl(String action) {
        return server.get("/action/" + action).path("current").path("fsl").asText();
    }

    private static String action(String name) {
        return "action " + name + "\n\taddr = \"http://127.0.0.1:9/" + name + "\";\n\tmethod = http;\n"
                + "\treturn = (SUCCESS | FAIL);\naction_end\n/\n";
    }

    /** The answer lines the prompt printed, in order: each statement's OK, or its error. */
    private static List<String> answers(List<String> screen) {
        return screen.stream().filter(l -> l.equals("OK") || l.startsWith("error: ")).toList();
    }

    /** The prompt waits for a new statement or command: nothing half typed. */
    private static boolean promptReady(List<String> screen) {
        return last(screen).equals(">");
    }

    private static String last(List<String> screen) {
        return screen.isEmpty() ? "" : screen.get(screen.size() - 1);
    }
}
