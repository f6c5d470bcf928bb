package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.EchoerAppTest;
import org.echoer.webapp.support.RecordingActionServer;
import org.echoer.webapp.support.TestFsl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * An accepted dispatch is recorded shortly after its 2xx: the step then waits for its callback as long as
 * the callback timeout allows, and the short lease (which lets another node take over a step whose POST
 * may not have been sent) no longer applies to it.
 */
@EchoerAppTest
// an engine name and a database of their own: Camunda's REST API finds engines by name, JVM-wide, and
// in the PostgreSQL pass every other test shares one database, whose steps this node would otherwise sweep
@TestPropertySource(properties = {"echoer.dispatch.lease=2s", "echoer.dispatch.step-timeouts.canary=2s",
        "camunda.bpm.process-engine-name=delivery",
        "spring.datasource.url=jdbc:h2:mem:delivery-${random.uuid};DB_CLOSE_DELAY=-1", "spring.datasource.username=sa"})
class DeliveryIT {

    @LocalServerPort
    int port;

    @Test
    void anAcceptedStepIsNotSentAgainWhenItsLeaseHasPassed() {
        ApiClient api = new ApiClient(port);
        try (RecordingActionServer action = new RecordingActionServer()) {
            String uuid = dispatchedStep(api, action, "slow");

            awaitAFetchPastTheLease(api, "canary_after_slow");

            assertNotSentAgain(api, action, uuid);
            api.postJson("/step", Map.of("flowId", "slow_run", "stepName", "only", "ackState", "OK", "uuid", uuid, "done", true));
            assertThat(api.get("/flowrun/slow_run").json().path("state").asText()).isEqualTo("done");
        }
    }

    @Test
    void aStepWhoseCallbackWasRefusedStaysRecordedAndIsNotSentAgain() {
        ApiClient api = new ApiClient(port);
        try (RecordingActionServer action = new RecordingActionServer()) {
            String uuid = dispatchedStep(api, action, "picky");

            // at once, within the delivery's recording delay: a callback the step refuses
            ApiClient.Response refused = api.postJson("/step",
                    Map.of("flowId", "picky_run", "stepName", "only", "ackState", "MAYBE", "uuid", uuid, "done", true));
            assertThat(refused.status()).isEqualTo(400);

            awaitAFetchPastTheLease(api, "canary_after_picky");

            // the step still waits for a callback it takes, recorded as delivered
            assertNotSentAgain(api, action, uuid);
        }
    }

    /**
     * Waits for a fetch that came after the lease of every step dispatched so far had run out: a canary step,
     * accepted after them and then locked for its step timeout (as long as the lease), becomes an incident
     * only when a fetch finds it again.
     */
    private static void awaitAFetchPastTheLease(ApiClient api, String canaryRun) {
        try (RecordingActionServer canary = new RecordingActionServer()) {
            api.postText("/fsl", TestFsl.oneStepRun("canary", canary.url("/canary"), canaryRun));
            await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/flowrun/" + canaryRun).json().path("state").asText(),
                    "failed"::equals);
            assertThat(api.get("/flowrun/" + canaryRun).json().path("incident").asText()).contains("no callback within PT2S");
            assertThat(canary.received()).hasSize(1);
        }
    }

    /**
     * A fetch that took the step again would have locked it for a lease only, until its new POST was
     * accepted and recorded: hence the lock first, then the requests.
     */
    private static void assertNotSentAgain(ApiClient api, RecordingActionServer action, String uuid) {
        assertThat(lockedUntil(api, uuid)).isAfter(OffsetDateTime.now().plusDays(1));
        assertThat(action.received()).hasSize(1);
    }

    /** Submits a one-step run of a new action {@code name} and returns the uuid of its first dispatch. */
    private static String dispatchedStep(ApiClient api, RecordingActionServer action, String name) {
        api.postText("/fsl", """
                action %1$s
                    addr = "%2$s";
                    method = http;
                    return = (OK | FAIL);
                action_end
                /
                flow_run %1$s_run
                    step only => (OK->done) { action = %1$s; };
                flow_run_end
                """.formatted(name, action.url("/" + name)));
        await().atMost(Duration.ofSeconds(20)).until(() -> action.received().size() == 1);
        return action.last().uuid();
    }

    private static OffsetDateTime lockedUntil(ApiClient api, String uuid) {
        return OffsetDateTime.parse(api.get("/engine-rest/engine/delivery/external-task/" + uuid).json().path("lockExpirationTime")
                .asText(), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
    }
}
