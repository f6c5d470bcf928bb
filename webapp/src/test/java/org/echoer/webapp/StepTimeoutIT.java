package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.EchoerAppTest;
import org.echoer.webapp.support.RecordingActionServer;
import org.echoer.webapp.support.TestFsl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A step whose action accepted it but never calls back becomes an incident after its step timeout (set per
 * action here: 3 s), instead of waiting forever; heartbeats keep it waiting; Cockpit's Retry sends it again.
 */
@EchoerAppTest
// an engine name and a database of their own: Camunda's REST API finds engines by name, JVM-wide, and
// in the PostgreSQL pass every other test shares one database, whose steps this node would otherwise sweep
@TestPropertySource(properties = {"echoer.dispatch.lease=2s", "echoer.dispatch.step-timeouts.quiet=3s",
        "camunda.bpm.process-engine-name=timeouts",
        "spring.datasource.url=jdbc:h2:mem:timeouts-${random.uuid};DB_CLOSE_DELAY=-1", "spring.datasource.username=sa"})
class StepTimeoutIT {

    @LocalServerPort
    int port;

    private ApiClient api;
    private RecordingActionServer action;

    @BeforeEach
    void startActionServer() {
        api = new ApiClient(port);
        action = new RecordingActionServer();
    }

    @AfterEach
    void stopActionServer() {
        action.close();
    }

    @Test
    void aStepWithoutCallbackBecomesAnIncidentAndRetrySendsItAgain() {
        api.postText("/fsl", TestFsl.oneStepRun("quiet", action.url("/quiet"), "silent_run"));
        await().atMost(Duration.ofSeconds(20)).until(() -> action.received().size() == 1);
        String uuid = action.last().uuid();

        await().atMost(Duration.ofSeconds(20)).until(() -> state("silent_run").path("state").asText(), "failed"::equals);

        assertThat(state("silent_run").path("incident").asText()).contains("step 'only'", "no callback within PT3S", "'quiet'");
        assertThat(action.received()).as("not sent again when the timeout passed").hasSize(1);
        assertThat(api.put("/engine-rest/engine/timeouts/external-task/" + uuid + "/retries", Map.of("retries", 1)).status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(20)).until(() -> action.received().size() == 2);
        assertThat(action.last().uuid()).isEqualTo(uuid);
        callback("silent_run", uuid, true);
        assertThat(state("silent_run").path("state").asText()).isEqualTo("done");
    }

    @Test
    void heartbeatsKeepAStepWaitingPastItsTimeout() throws InterruptedException {
        api.postText("/fsl", TestFsl.oneStepRun("quiet", action.url("/quiet"), "beating_run"));
        await().atMost(Duration.ofSeconds(20)).until(() -> action.received().size() == 1);
        String uuid = action.last().uuid();

        for (int beat = 0; beat < 6; beat++) {
            assertThat(callback("beating_run", uuid, false).status()).isEqualTo(202);
            Thread.sleep(1_000);
        }

        assertThat(state("beating_run").path("state").asText()).isEqualTo("running");
        assertThat(callback("beating_run", uuid, true).status()).isEqualTo(200);
        assertThat(state("beating_run").path("state").asText()).isEqualTo("done");
        assertThat(action.received()).hasSize(1);
    }

    private ApiClient.Response callback(String run, String uuid, boolean done) {
        return api.postJson("/step", Map.of("flowId", run, "stepName", "only", "ackState", "OK", "uuid", uuid, "done", done));
    }

    private JsonNode state(String run) {
        return api.get("/flowrun/" + run).json();
    }
}
