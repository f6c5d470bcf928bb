package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echoer.webapp.support.ErrorJson.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.ApiClient.Response;
import org.echoer.webapp.support.EndpointTestBase;
import org.echoer.webapp.support.Fixture;
import org.echoer.webapp.support.RecordingActionServer;
import org.echoer.webapp.support.RecordingActionServer.Received;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The application with security on, over real HTTP: API credentials (Basic and bearer) for all but the
 * callback, the callback secret the dispatcher sends and callbacks must return, Camunda's REST API
 * behind the engine's users, Cockpit's own login, and action addresses limited to allowed hosts.
 */
@TestPropertySource(properties = {
        "echoer.security.enabled=true",
        "echoer.security.users.ops=ops-password",
        "echoer.security.users.nobody=",
        "echoer.security.tokens=first-token,second-token",
        "echoer.security.callback-secret=shared-callback-secret",
        "echoer.security.allowed-action-hosts=127.0.0.1, localhost",
        // an engine name and a database of their own: Camunda's REST API finds engines by name, JVM-wide, and
        // in the PostgreSQL pass every other test shares one database, whose steps this node would otherwise sweep
        "camunda.bpm.process-engine-name=security",
        "spring.datasource.url=jdbc:h2:mem:security-${random.uuid};DB_CLOSE_DELAY=-1", "spring.datasource.username=sa"})
class SecurityIT extends EndpointTestBase {

    private static final String SECRET_HEADER = "X-Echoer-Secret";

    @Override
    protected ApiClient client(ApiClient anonymous) {
        return anonymous.withBasic("ops", "ops-password").withHeader(SECRET_HEADER, "shared-callback-secret");
    }

    private ApiClient anonymous() {
        return new ApiClient(port);
    }

    // ---- API credentials

    @Test
    void refusesTheApiWithoutCredentialsWith401AndTheErrorJson() {
        for (String path : List.of("/action", "/flow", "/flowrun", "/step", "/event", "/flowrun/x", "/flow/x/bpmn")) {
            Response answer = anonymous().get(path);

            JsonNode error = error(answer, 401);
            assertThat(error.path("error").asText()).as(path).isEqualTo("unauthorized");
            assertThat(error.path("message").asText()).as(path).contains("credentials");
        }
        error(anonymous().postText("/fsl", fixture.action(Fixture.unique("ci"), "OK")), 401);
        error(anonymous().post("/flowrun/x/stop", null, ""), 401);
        error(anonymous().delete("/action/x"), 401);
    }

    @Test
    void theApiDescriptionIsBehindTheSameCredentials() {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html", "/swagger-ui/index.html")) {
            assertThat(error(anonymous().get(path), 401).path("error").asText()).as(path).isEqualTo("unauthorized");
        }
        assertThat(anonymous().withBasic("ops", "ops-password").get("/v3/api-docs").json().path("paths").has("/step")).isTrue();
        assertThat(anonymous().withHeader("Authorization", "Bearer first-token").get("/swagger-ui/index.html").status())
                .isEqualTo(200);
    }

    @Test
    void acceptsHttpBasicOfAConfiguredUserAndEveryConfiguredToken() {
        assertThat(anonymous().withBasic("ops", "ops-password").get("/action").status()).isEqualTo(200);
        assertThat(anonymous().withHeader("Authorization", "Bearer first-token").get("/action").status()).isEqualTo(200);
        assertThat(anonymous().withHeader("Authorization", "bearer second-token").get("/flowrun").status()).isEqualTo(200);
    }

    @Test
    void refusesWrongCredentials() {
        List<ApiClient> wrong = List.of(anonymous().withBasic("ops", "wrong"), anonymous().withBasic("OPS", "ops-password"),
                anonymous().withBasic("nobody", ""), anonymous().withBasic("admin", "it-only"),
                anonymous().withHeader("Authorization", "Bearer wrong-token"),
                anonymous().withHeader("Authorization", "Bearer "), anonymous().withHeader("Authorization", "Basic !!!not-base64"),
                anonymous().withHeader("Authorization", "Digest first-token"), anonymous().withHeader("Authorization", "first-token"));

        for (ApiClient client : wrong) {
            Response answer = client.get("/action");

            assertThat(error(answer, 401).path("message").asText()).isEqualTo("the credentials were not accepted");
        }
    }

    @Test
    void servesTheStudioPageWithoutCredentialsWhileItsApiCallsNeedThem() {
        Response page = anonymous().get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("echoer studio");
        assertThat(anonymous().get("/studio/studio.js").status()).isEqualTo(200);
        error(anonymous().postText("/fsl/check", "flow"), 401);
        error(anonymous().postText("/fsl/svg", "flow"), 401);
        assertThat(api.postText("/fsl/check", "flow").status()).isEqualTo(200);
    }

    // ---- the callback

    @Test
    void dispatchCarriesTheSecretAndACallbackWithItNeedsNoCredentials() {
        String prefix = fixture.deployActions();
        String run = fixture.startRun(prefix);
        Received a = fixture.awaitDispatch(run, "A");

        assertThat(a.header(SECRET_HEADER)).isEqualTo("shared-callback-secret");
        Response callback = anonymous().withHeader(SECRET_HEADER, "shared-callback-secret")
                .postJson("/step", Map.of("flowId", run, "stepName", "A", "ackState", "SUCCESS", "uuid", a.uuid(), "done", true));
        assertThat(callback.status()).as(callback.body()).isEqualTo(200);
        assertThat(fixture.awaitDispatch(run, "D").header(SECRET_HEADER)).isEqualTo("shared-callback-secret");
    }

    @Test
    void refusesACallbackWithoutTheSecretOrWithAnotherAndChangesNothing() {
        String prefix = fixture.deployActions();
        String run = fixture.startRun(prefix);
        Received a = fixture.awaitDispatch(run, "A");
        Map<String, Object> body = Map.of("flowId", run, "stepName", "A", "ackState", "SUCCESS", "uuid", a.uuid(), "done", true);

        JsonNode missing = error(anonymous().postJson("/step", body), 401);
        JsonNode other = error(anonymous().withHeader(SECRET_HEADER, "guess").postJson("/step", body), 401);
        // API credentials do not stand in for the secret
        JsonNode credentialsOnly = error(anonymous().withBasic("ops", "ops-password").postJson("/step", body), 401);

        assertThat(missing.path("message").asText()).contains(SECRET_HEADER);
        assertThat(other.path("message").asText()).contains("does not match");
        assertThat(credentialsOnly.path("error").asText()).isEqualTo("unauthorized");
        assertThat(api.get("/flowrun/" + run).json().path("currentStep").asText()).isEqualTo("A");
    }

    @Test
    void aCallbackWithTheSecretStillNeedsAKnownUuid() {
        Response answer = anonymous().withHeader(SECRET_HEADER, "shared-callback-secret")
                .postJson("/step", Map.of("flowId", "r", "stepName", "A", "ackState", "OK", "uuid", "no-such-uuid", "done", true));

        assertThat(error(answer, 404).path("error").asText()).isEqualTo("not found");
    }

    // ---- Camunda

    @Test
    void engineRestNeedsAnEngineUser() {
        Response without = anonymous().get("/engine-rest/engine/security/process-definition/count");
        Response apiUser = anonymous().withBasic("ops", "ops-password").get("/engine-rest/engine/security/process-definition/count");
        Response admin = anonymous().withBasic("admin", "it-only").get("/engine-rest/engine/security/process-definition/count");

        assertThat(without.status()).isEqualTo(401);
        assertThat(apiUser.status()).isEqualTo(401);
        assertThat(admin.status()).as(admin.body()).isEqualTo(200);
    }

    @Test
    void cockpitKeepsItsOwnLoginPage() {
        Response cockpit = anonymous().get("/camunda/app/cockpit/");
        Response login = anonymous().postBytes("/camunda/api/admin/auth/user/default/login/cockpit",
                "application/x-www-form-urlencoded", "username=admin&password=wrong".getBytes());

        assertThat(cockpit.status()).isIn(200, 302, 303);
        assertThat(login.status()).isIn(401, 403);
    }

    // ---- allowed action hosts

    @Test
    void refusesAnActionOnAHostNotAllowedNamingTheAddressWhereItStandsAndDeploysNothing() {
        String name = Fixture.unique("evil");
        String fsl = """
                action %s
                    addr = "%s,http://evil.example.org:8080/steal";
                    method = http;
                    return = (OK);
                action_end
                """.formatted(name, server.url("/fine"));

        JsonNode error = error(api.postText("/action", fsl), 400);

        assertThat(error.path("error").asText()).isEqualTo("invalid FSL");
        assertThat(error.path("message").asText()).isEqualTo("action '" + name + "': address 'http://evil.example.org:8080/steal' "
                + "is on host 'evil.example.org', which is not among the allowed action hosts [127.0.0.1, localhost]");
        assertThat(error.path("line").asInt()).isEqualTo(2);
        assertThat(error.path("column").asInt()).isEqualTo(12);
        assertThat(error.path("diagnostics")).anySatisfy(d -> assertThat(d.path("code").asText()).isEqualTo("HOST_NOT_ALLOWED"));
        assertThat(api.get("/action?name=" + name).json()).isEmpty();
    }

    @Test
    void checkReportsAHostNotAllowedToo() {
        String fsl = """
                action far
                    addr = "https://10.0.0.8/x";
                    method = http;
                    return = (OK);
                action_end
                """;

        JsonNode answer = api.postText("/fsl/check", fsl).json();

        assertThat(answer.path("valid").asBoolean()).isFalse();
        assertThat(answer.path("diagnostics")).anySatisfy(d -> assertThat(d.path("code").asText()).isEqualTo("HOST_NOT_ALLOWED"));
    }

}
