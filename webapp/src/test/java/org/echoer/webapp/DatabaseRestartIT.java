package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.ApiClient.Response;
import org.echoer.webapp.support.EchoerAppTest;
import org.echoer.webapp.support.Fixture;
import org.echoer.webapp.support.RecordingActionServer;
import org.echoer.webapp.support.RecordingActionServer.Received;
import org.echoer.webapp.support.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * PostgreSQL restarts twice (a restart, then stopped for five seconds) while flow runs are submitted and
 * running: nothing accepted is lost, nothing but 503 is answered while the database is away, and every
 * run reaches done. Runs in the PostgreSQL pass only: it restarts this machine's PostgreSQL server.
 */
// a short lease: a dispatch whose acceptance could not be recorded while the database was down is sent again soon
@EnabledIfSystemProperty(named = TestDatabase.DATABASE, matches = "postgres", disabledReason = "restarts PostgreSQL: the PostgreSQL pass only")
@EchoerAppTest
@TestPropertySource(properties = {"echoer.dispatch.lease=3s", "camunda.bpm.process-engine-name=database-restart"})
class DatabaseRestartIT {

    private static final int RUNS = 48;

    @LocalServerPort
    int port;

    private final Set<Integer> submissionAnswers = ConcurrentHashMap.newKeySet();
    private final Set<Integer> callbackAnswers = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

    @Test
    void flowRunsSurviveTwoDatabaseRestarts() throws Exception {
        Assumptions.assumeTrue(System.getProperty(TestDatabase.SKIP_REASON) == null, "no PostgreSQL to restart");
        ApiClient api = new ApiClient(port);
        ExecutorService callbacks = Executors.newFixedThreadPool(8);
        try (RecordingActionServer actions = new RecordingActionServer()) {
            // the business service answers at once and calls back a moment later, again until it gets an answer
            actions.beforeAnswer(request -> callbacks.submit(() -> callBack(api, request)));
            Fixture fixture = new Fixture(api, actions);
            String prefix = fixture.deployActions();
            ExecutorService background = Executors.newFixedThreadPool(2);
            Future<List<String>> submitted = background.submit(() -> submitRuns(api, fixture, prefix));
            Future<?> faults = background.submit(() -> {
                pause(2_000);
                cluster("restart");
                pause(4_000);
                cluster("stop");
                pause(5_000);
                cluster("start");
                return null;
            });
            faults.get(2, TimeUnit.MINUTES);
            List<String> accepted = submitted.get(3, TimeUnit.MINUTES);
            background.shutdown();

            assertThat(unexpected).isEmpty();
            assertThat(accepted).hasSize(RUNS);
            for (String run : accepted) {
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                        .until(() -> api.get("/flowrun/" + run).json().path("state").asText(), "done"::equals);
            }
        } finally {
            callbacks.shutdownNow();
        }
        assertThat(unexpected).isEmpty();
        assertThat(submissionAnswers).contains(200).isSubsetOf(200, 409, 503);
        assertThat(callbackAnswers).contains(200).isSubsetOf(200, 503);
    }

    /** Submits the runs one after the other; a 503 is sent again until it is answered. @return the runs accepted */
    private List<String> submitRuns(ApiClient api, Fixture fixture, String prefix) {
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            String run = Fixture.unique("restart");
            boolean retried = false;
            while (true) {
                Response answer = api.postFsl("/flowrun", fixture.flowRun(prefix, run));
                submissionAnswers.add(answer.status());
                if (answer.status() == 200 || (answer.status() == 409 && retried)) {
                    accepted.add(run); // a 409 on a second try: the first try committed, its answer was lost
                    break;
                }
                if (answer.status() != 503) {
                    unexpected.add("submission of " + run + ": " + answer.status() + " " + answer.body());
                    break;
                }
                assertThat(answer.json().path("message").asText()).contains("database");
                retried = true;
                pause(300);
            }
            pause(250);
        }
        return accepted;
    }

    /** A business service's callback: the first state its step accepts, sent again while the answer is a 503. */
    private void callBack(ApiClient api, Received request) {
        pause(50);
        String state = "A".equals(request.stepName()) ? "SUCCESS" : "AGREE";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("flowId", request.json().path("flowId").asText());
        body.put("stepName", request.stepName());
        body.put("ackState", state);
        body.put("uuid", request.uuid());
        body.put("done", true);
        for (int attempt = 0; attempt < 200; attempt++) {
            Response answer = api.postJson("/step", body);
            callbackAnswers.add(answer.status());
            if (answer.status() != 503) {
                if (answer.status() != 200) {
                    unexpected.add("callback " + body + ": " + answer.status() + " " + answer.body());
                }
                return;
            }
            pause(300);
        }
        unexpected.add("callback " + body + " never got through");
    }

    private static void cluster(String action) throws IOException, InterruptedException {
        String version;
        try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
            version = versions.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
        }
        Process process = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("pg_ctlcluster " + action + ": " + output).isZero();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
