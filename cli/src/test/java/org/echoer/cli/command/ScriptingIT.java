package org.echoer.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.echoer.cli.support.CliRun;
import org.echoer.cli.support.EchoerServerTest;
import org.echoer.cli.support.ServerCalls;
import org.echoer.samples.SampleActionsOptions;
import org.echoer.samples.SampleActionsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code echoer apply|list|get|del|watch} as scripts use them, against the real application. */
@EchoerServerTest
class ScriptingIT {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private ServerCalls server;
    private SampleActionsServer actions;
    private int actionsPort;
    private CliRun cli;

    @BeforeEach
    void start() throws Exception {
        server = new ServerCalls(port);
        actions = new SampleActionsServer(SampleActionsOptions.builder().host("127.0.0.1").port(0)
                .callbackUrl(server.base() + "/step").quiet(true).build());
        actionsPort = actions.start();
        cli = new CliRun().env("ECHOER_SERVER", server.base());
    }

    @AfterEach
    void stop() {
        actions.close();
    }

    @Test
    void appliesSeveralFilesAsOneDocumentThenListsGetsAndDeletes() throws Exception {
        Path actionFile = write("actions.fsl", action("greet_a"));
        Path runFile = write("run.fsl", run("script_run", "greet_a"));

        CliRun.Result applied = cli.run("apply", actionFile.toString(), runFile.toString());

        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("action greet_a: created (version 1)", "flow run script_run: created (version 1)", "OK");
        await().atMost(Duration.ofSeconds(30)).until(() -> server.flowRunState("script_run"), "done"::equals);

        CliRun.Result listed = cli.run("list", "flowrun");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out().lines()).anyMatch(l -> l.startsWith("script_run ") && l.contains(" done "));

        CliRun.Result shown = cli.run("get", "flowrun", "script_run");
        assertThat(shown.out().lines()).anyMatch(l -> l.matches("state\\s+done")).anyMatch(l -> l.matches("states passed\\s+A"));

        CliRun.Result asJson = cli.run("get", "flowrun", "script_run", "--output", "json");
        JsonNode run = json.readTree(asJson.out());
        assertThat(run.path("state").asText()).isEqualTo("done");
        assertThat(run.path("activations").get(0).path("state").asText()).isEqualTo("SUCCESS");

        CliRun.Result actionsJson = cli.run("--output", "json", "list", "action");
        assertThat(json.readTree(actionsJson.out()).findValuesAsText("name")).contains("greet_a");

        CliRun.Result steps = cli.run("list", "step", "script_run");
        assertThat(steps.out().lines()).anyMatch(l -> l.startsWith("A ") && l.contains("SUCCESS") && l.contains("yes"));

        assertThat(cli.run("del", "flowrun", "script_run").out()).isEqualTo("deleted flow run script_run" + System.lineSeparator());
        CliRun.Result gone = cli.run("get", "flowrun", "script_run");
        assertThat(gone.exitCode()).isEqualTo(1);
        assertThat(gone.err()).startsWith("echoer: ").contains("script_run").doesNotContain("\tat ");
    }

    @Test
    void rejectedDocumentDeploysNothingAndPointsAtTheFileAndLine() throws Exception {
        Path actionFile = write("ok.fsl", action("greet_b"));
        Path runFile = write("bad.fsl", run("bad_run", "no_such_action"));

        CliRun.Result applied = cli.run("apply", actionFile.toString(), runFile.toString());

        assertThat(applied.exitCode()).isEqualTo(1);
        assertThat(applied.err()).contains(runFile + ":3:18: error: unknown action 'no_such_action'")
                .contains("          action = \"no_such_action\";" + System.lineSeparator() + " ".repeat(19) + "^")
                .contains("nothing was deployed");
        assertThat(cli.run("get", "action", "greet_b").exitCode()).isEqualTo(1);
    }

    @Test
    void rejectionAsJsonCarriesThePosition() throws Exception {
        Path runFile = write("bad.fsl", run("bad_json_run", "no_such_action"));

        CliRun.Result applied = cli.run("apply", runFile.toString(), "--output", "json");

        assertThat(applied.exitCode()).isEqualTo(1);
        JsonNode error = json.readTree(applied.out());
        assertThat(error.path("status").asInt()).isEqualTo(400);
        assertThat(error.path("problems").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(error.path("problems").get(0).path("column").asInt()).isEqualTo(18);
    }

    @Test
    void existingFlowRunIsRejected() throws Exception {
        Path file = write("twice.fsl", action("greet_c") + run("twice_run", "greet_c"));
        assertThat(cli.run("apply", file.toString()).exitCode()).isZero();

        CliRun.Result again = cli.run("apply", file.toString());

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("twice_run");
    }

    @Test
    void unknownNamesAndTypesAreRejectedInput() {
        assertThat(cli.run("get", "action", "never_declared").exitCode()).isEqualTo(1);
        assertThat(cli.run("del", "flow", "never_declared").exitCode()).isEqualTo(1);
        CliRun.Result badType = cli.run("list", "things");
        assertThat(badType.exitCode()).isEqualTo(1);
        assertThat(badType.err()).contains("'things' is not one of action, flow, flowrun, step");
    }

    @Test
    void watchPrintsOneLinePerEventOfTheNamedFlowRun() throws Exception {
        Path file = write("watched.fsl", action("greet_d") + run("watched_run", "greet_d"));
        CompletableFuture<CliRun.Result> watching = CompletableFuture.supplyAsync(() -> cli.run("watch", "watched_run", "--count", "4"),
                task -> new Thread(task, "echoer-watch").start());
        // the stream must be open before the run starts; there is no signal for that from outside
        Thread.sleep(2000);

        assertThat(cli.run("apply", file.toString()).exitCode()).isZero();
        CliRun.Result watched = watching.get(30, TimeUnit.SECONDS);

        assertThat(watched.exitCode()).as(watched.err()).isZero();
        assertThat(watched.out().lines()).hasSize(4);
        assertThat(watched.out().lines().map(l -> l.split(" ")[1]))
                .containsExactly("FLOW_RUN_STARTED", "STEP_DISPATCHED", "STEP_ACKNOWLEDGED", "FLOW_RUN_DONE");
        assertThat(watched.out().lines()).allMatch(l -> l.contains(" watched_run"));
    }

    private String action(String name) {
        return """
                action %s
                    addr = "http://127.0.0.1:%d/%s";
                    method = http;
                    args = (str who);
                    return = (SUCCESS | FAIL);
                action_end
                /
                """.formatted(name, actionsPort, name);
    }

    private static String run(String name, String action) {
        return """
                flow_run %s
                    step A => (SUCCESS->done | FAIL->A) {
                        action = "%s";
                        args = (who="world");
                    };
                flow_run_end
                /
                """.formatted(name, action);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
