package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echoer.webapp.support.ErrorJson.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.AppNode;
import org.echoer.webapp.support.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application as an operator starts it in production, without allowed action hosts: one warning about
 * them at start-up, the actuator's metrics and build behind the API's credentials, health open without its parts.
 */
// in a JVM of its own: an application started and closed in the test JVM takes Camunda's JVM-wide
// registrations (the REST API's engines, the web apps' context) with it, and the tests after it would miss them
class ProductionActuatorIT {

    private static final String WARNING = "No allowed action hosts are configured";

    private static AppNode application;
    private static String startupLog;
    private static int port;

    @BeforeAll
    static void start() {
        port = FreePorts.next();
        application = new AppNode("production-actuator-" + System.nanoTime(), port, List.of(
                "--spring.profiles.active=production",
                "--spring.datasource.url=jdbc:h2:mem:production-actuator",
                "--echoer.dispatch.sweep-interval=1h",
                "--camunda.bpm.admin-user.password=a-real-one",
                "--echoer.security.tokens=metrics-token",
                "--echoer.security.users.ops=ops-password"));
        application.start().awaitUpWith("Bearer metrics-token", Duration.ofMinutes(3));
        startupLog = application.output();
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
