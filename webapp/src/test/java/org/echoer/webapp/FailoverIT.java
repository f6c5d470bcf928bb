package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.EchoerAppTest;
import org.echoer.webapp.support.FreePorts;
import org.echoer.webapp.support.RecordingActionServer;
import org.echoer.webapp.support.TestFsl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Addresses tried in order, retries with backoff, then an incident that Cockpit's Retry clears. */
@EchoerAppTest
class FailoverIT {

    @LocalServerPort
    int port;

    @Test
    void failsOverToTheNextAddressWhenOneRefusesOrAnswersAnError() {
        ApiClient api = new ApiClient(port);
        int closed = FreePorts.next();
        try (RecordingActionServer failing = new RecordingActionServer(); RecordingActionServer working = new RecordingActionServer()) {
            failing.answer("/work", 503);
            String addr = "http://127.0.0.1:" + closed + "/work," + failing.url("/work") + "," + working.url("/work");

            api.postText("/fsl", TestFsl.oneStepRun("failover", addr, "failover_run"));

            await().atMost(Duration.ofSeconds(20)).until(() -> working.received().size() == 1);
            assertThat(failing.received()).hasSize(1);
            String uuid = working.last().uuid();
            assertThat(failing.last().uuid()).isEqualTo(uuid);
            JsonNode callback = callback(api, "failover_run", uuid);
            assertThat(callback.path("status").asText()).isEqualTo("ok");
            assertThat(api.get("/flowrun/failover_run").json().path("state").asText()).isEqualTo("done");
        }
    }

    @Test
    void failsOverWhenAnAddressAnswersSlowerThanTheReadTimeout() {
        ApiClient api = new ApiClient(port);
        try (RecordingActionServer slow = new RecordingActionServer(); RecordingActionServer working = new RecordingActionServer()) {
            slow.beforeAnswer(request -> sleep(Duration.ofSeconds(4))); // the tests' read timeout is 2 s
            String addr = slow.url("/work") + "," + working.url("/work");

            api.postText("/fsl", TestFsl.oneStepRun("slowish", addr, "slow_run"));

            await().atMost(Duration.ofSeconds(20)).until(() -> working.received().size() == 1);
            assertThat(slow.received()).hasSize(1);
            assertThat(slow.last().uuid()).isEqualTo(working.last().uuid());
            assertThat(callback(api, "slow_run", working.last().uuid()).path("status").asText()).isEqualTo("ok");
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anActionThatIsDownEndsInAnIncidentAndCockpitsRetryDispatchesAgain() {
        ApiClient api = new ApiClient(port);
        int downPort = FreePorts.next();
        String addr = "http://127.0.0.1:" + downPort + "/down";

        api.postText("/fsl", TestFsl.oneStepRun("down", addr, "down_run"));

        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/flowrun/down_run").json().path("state").asText(), "failed"::equals);
        JsonNode failed = api.get("/flowrun/down_run").json();
        assertThat(failed.path("incident").asText()).contains("action 'down'", addr, "connection refused");
        String uuid = failed.path("activations").get(0).path("uuid").asText();
        JsonNode task = api.get("/engine-rest/external-task/" + uuid).json();
        assertThat(task.path("retries").asInt()).isZero();
        assertThat(task.path("errorMessage").asText()).contains(addr);

        try (RecordingActionServer back = new RecordingActionServer(downPort)) {
            // what Cockpit's "Retry" sends
            ApiClient.Response retry = api.put("/engine-rest/external-task/" + uuid + "/retries", Map.of("retries", 1));
            assertThat(retry.status()).isEqualTo(204);

            await().atMost(Duration.ofSeconds(20)).until(() -> back.received().size() == 1);
            assertThat(back.last().uuid()).isEqualTo(uuid);
            assertThat(api.get("/flowrun/down_run").json().path("state").asText()).isEqualTo("running");
            callback(api, "down_run", uuid);
            assertThat(api.get("/flowrun/down_run").json().path("state").asText()).isEqualTo("done");
        }
    }

    private static JsonNode callback(ApiClient api, String run, String uuid) {
        return api.postJson("/step", Map.of("flowId", run, "stepName", "only", "ackState", "OK", "uuid", uuid, "done", true)).json();
    }
}
