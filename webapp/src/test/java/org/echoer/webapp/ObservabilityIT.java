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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** What an operator of a Spring Boot service expects: health, info, Prometheus metrics, logs that name the step. */
@EchoerAppTest
@AutoConfigureObservability // tests leave metrics export off unless asked
// an engine name and a database of their own: Camunda's REST API finds engines by name, JVM-wide, and
// in the PostgreSQL pass every other test shares one database, whose steps this node would otherwise sweep
@TestPropertySource(properties = {"camunda.bpm.process-engine-name=observability",
        "spring.datasource.url=jdbc:h2:mem:observability-${random.uuid};DB_CLOSE_DELAY=-1", "spring.datasource.username=sa"})
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT {

    @LocalServerPort
    int port;

    @Test
    void healthShowsTheEngineTheDatabaseAndTheDispatcher() {
        JsonNode health = new ApiClient(port).get("/actuator/health").json();

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("echoerDispatcher").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("processEngine").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void infoNamesTheBuildWithoutTheReproducibleBuildsFixedTime() {
        JsonNode info = new ApiClient(port).get("/actuator/info").json();

        assertThat(info.path("build").path("artifact").asText()).isEqualTo("webapp");
        assertThat(info.path("build").path("version").asText()).isNotBlank();
        // project.build.outputTimestamp is the same for every build: not a build time to report
        assertThat(info.path("build").has("time")).as("build time in %s", info).isFalse();
    }

    @Test
    void prometheusCountsDispatchesCallbacksAndTimesThem() {
        ApiClient api = new ApiClient(port);
        try (RecordingActionServer action = new RecordingActionServer()) {
            api.postText("/fsl", TestFsl.oneStepRun("metered", action.url("/metered"), "metered_run"));
            await().atMost(Duration.ofSeconds(20)).until(() -> action.received().size() == 1);
            api.postJson("/step", Map.of("flowId", "metered_run", "stepName", "only", "ackState", "OK",
                    "uuid", action.last().uuid(), "done", true));
            api.postJson("/step", Map.of("flowId", "metered_run", "stepName", "only", "ackState", "OK",
                    "uuid", action.last().uuid(), "done", true));

            String metrics = api.get("/actuator/prometheus").body();

            assertThat(metrics).contains("echoer_dispatches_total{action=\"metered\",outcome=\"accepted\"} 1.0")
                    .contains("echoer_callbacks_total{outcome=\"completed\"}")
                    .contains("echoer_callbacks_total{outcome=\"already_done\"}")
                    .contains("echoer_action_latency_seconds_count{action=\"metered\",outcome=\"accepted\"} 1")
                    .contains("echoer_dispatch_delay_seconds_count")
                    .contains("echoer_activations_open")
                    .contains("echoer_incidents_open");
            // the callback is answered by a filter, not a controller: its requests still carry their route
            assertThat(metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")
                    && line.contains("method=\"POST\"") && line.contains("uri=\"/step\"")))
                    .as("http_server_requests of POST /step").isNotEmpty();
        }
    }

    @Test
    void logLinesAboutAStepNameItsRunStepAndUuid(CapturedOutput output) {
        ApiClient api = new ApiClient(port);
        int nobody = FreePorts.next();

        api.postText("/fsl", TestFsl.oneStepRun("unreachable", "http://127.0.0.1:" + nobody + "/x", "logged_run"));

        await().atMost(Duration.ofSeconds(20)).until(() -> output.getOut().contains("retrying in"));
        String retryLine = output.getOut().lines().filter(line -> line.contains("retrying in")).findFirst().orElseThrow();
        String uuid = api.get("/flowrun/logged_run").json().path("activations").get(0).path("uuid").asText();
        assertThat(retryLine).contains("[flowId=logged_run stepName=only uuid=" + uuid + "]");
        String startLine = output.getOut().lines().filter(line -> line.contains("Started ")).findFirst().orElse("");
        assertThat(startLine).doesNotContain("flowId=");
    }
}
