package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echoer.webapp.support.ErrorJson.error;

import com.fasterxml.jackson.databind.JsonNode;
import org.echoer.webapp.support.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as an operator starts it in production, without allowed action hosts: one warning about
 * them at start-up, the actuator's metrics and build behind the API's credentials, health open without its parts.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionActuatorIT {

    private static final String WARNING = "No allowed action hosts are configured";

    private static ConfigurableApplicationContext application;
    private static String startupLog;
    private static int port;

    @BeforeAll
    static void start(CapturedOutput output) {
        application = new SpringApplicationBuilder(EchoerApplication.class).profiles("production").run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:production-actuator-" + System.nanoTime(),
                "--echoer.dispatch.sweep-interval=1h",
                // an engine of its own name: closing it must not unregister the JVM's default engine, which the
                // other tests' /engine-rest finds by name
                "--camunda.bpm.process-engine-name=production-actuator",
                "--camunda.bpm.admin-user.password=a-real-one",
                "--echoer.security.tokens=metrics-token",
                "--echoer.security.users.ops=ops-password");
        port = ((WebServerApplicationContext) application).getWebServer().getPort();
        startupLog = output.getAll();
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void warnsOnceAtStartUpThatNoAllowedActionHostsAreConfigured() {
        assertThat(startupLog.lines().filter(line -> line.contains(WARNING)))
                .singleElement().asString().contains("WARN", "ECHOER_ALLOWED_ACTION_HOSTS", "docs/security.md");
    }

    @Test
    void prometheusNeedsTheApiCredentials() {
        ApiClient anonymous = new ApiClient(port);

        JsonNode refused = error(anonymous.get("/actuator/prometheus"), 401);
        ApiClient.Response withToken = anonymous.withHeader("Authorization", "Bearer metrics-token").get("/actuator/prometheus");
        ApiClient.Response withUser = anonymous.withBasic("ops", "ops-password").get("/actuator/prometheus");

        assertThat(refused.path("error").asText()).isEqualTo("unauthorized");
        assertThat(withToken.status()).isEqualTo(200);
        assertThat(withToken.body()).contains("echoer_incidents_open");
        assertThat(withUser.status()).isEqualTo(200);
        assertThat(error(anonymous.withHeader("Authorization", "Bearer guessed").get("/actuator/prometheus"), 401)
                .path("message").asText()).isEqualTo("the credentials were not accepted");
    }

    @Test
    void theBuildNeedsThemToo() {
        error(new ApiClient(port).get("/actuator/info"), 401);
        error(new ApiClient(port).get("/actuator"), 401);
    }

    @Test
    void healthStaysOpenAndShowsItsPartsOnlyWithCredentials() {
        ApiClient.Response anonymous = new ApiClient(port).get("/actuator/health");
        JsonNode withToken = new ApiClient(port).withHeader("Authorization", "Bearer metrics-token").get("/actuator/health").json();

        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().path("status").asText()).isEqualTo("UP");
        assertThat(anonymous.json().has("components")).as(anonymous.body()).isFalse();
        assertThat(withToken.path("components").path("echoerDispatcher").path("status").asText()).isEqualTo("UP");
    }
}
