package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;
import org.echoer.samples.SampleActionsOptions;
import org.echoer.samples.SampleActionsServer;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.DatabaseAvailable;
import org.echoer.webapp.support.FreePorts;
import org.echoer.webapp.support.TestDatabase;
import org.echoer.webapp.support.TestFsl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Stop the application in the middle of flow runs, start it again on the same H2 file: every run finishes. */
@ExtendWith(DatabaseAvailable.class)
class RestartIT {

    private static final int RUNS = 20;

    @Test
    void runsInFlightFinishAfterARestart() throws Exception {
        Path data = Files.createTempDirectory("echoer-restart");
        int port = FreePorts.next();
        ApiClient api = new ApiClient(port);
        try (SampleActionsServer actions = new SampleActionsServer(SampleActionsOptions.builder().host("127.0.0.1").port(0)
                .callbackUrl(api.base() + "/step").delay(Duration.ofMillis(300)).callbackRetries(100)
                .retryBackoff(Duration.ofMillis(200)).quiet(true).build())) {
            actions.start();
            ConfigurableApplicationContext first = start(port, data);
            api.postText("/fsl", TestFsl.seedDemo(actions.baseUri().toString().replaceAll("/$", ""), "restart_0"));
            for (int i = 1; i < RUNS; i++) {
                assertThat(api.postText("/flowrun", TestFsl.seedRun("restart_" + i)).status()).isEqualTo(200);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> actions.received().size() >= RUNS + 5);

            first.close(); // mid-flight: steps dispatched, callbacks on their way
            long doneBeforeRestart = IntStream.range(0, RUNS).filter(i -> done(api, i)).count();
            ConfigurableApplicationContext second = start(port, data);
            try {
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                        .until(() -> IntStream.range(0, RUNS).allMatch(i -> done(api, i)));

                assertThat(doneBeforeRestart).isLessThan(RUNS);
                for (int i = 0; i < RUNS; i++) {
                    JsonNode run = api.get("/flowrun/restart_" + i).json();
                    assertThat(run.path("statesPassed")).extracting(JsonNode::asText).containsExactly("A", "D", "B", "C");
                }
            } finally {
                second.close();
            }
        }
    }

    private static boolean done(ApiClient api, int i) {
        try {
            return "done".equals(api.get("/flowrun/restart_" + i).json().path("state").asText());
        } catch (RuntimeException notUp) {
            return false;
        }
    }

    private static ConfigurableApplicationContext start(int port, Path data) {
        return new SpringApplicationBuilder(EchoerApplication.class).run(
                "--server.port=" + port,
                "--spring.datasource.url=" + TestDatabase.url("jdbc:h2:file:" + data.resolve("echoer") + ";DB_CLOSE_ON_EXIT=FALSE"),
                "--spring.datasource.username=" + TestDatabase.user(),
                "--echoer.dispatch.lease=2s",
                "--echoer.dispatch.sweep-interval=500ms",
                "--camunda.bpm.admin-user.password=it-only",
                // Camunda's engine registry is JVM-wide: closing this engine must not unregister the other tests' "default"
                "--camunda.bpm.process-engine-name=restart",
                // Cockpit keeps JVM-wide state too; this test does not need it
                "--camunda.bpm.webapp.enabled=false");
    }
}
