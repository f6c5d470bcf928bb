package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.echoer.plugin.step.Callback;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.EchoerAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API described: the OpenAPI document at {@code /v3/api-docs} has echoer's paths with their bodies (enough
 * to write a callback client from), and only echoer's; Swagger UI answers; Camunda's own REST API still works.
 * With security on, both are behind the API's credentials (SecurityIT).
 */
@EchoerAppTest
class ApiDocsIT {

    @LocalServerPort
    int port;

    private ApiClient api;
    private JsonNode docs;

    @BeforeEach
    void readTheDocument() {
        api = new ApiClient(port);
        ApiClient.Response answer = api.get("/v3/api-docs");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        docs = answer.json();
    }

    @Test
    void describesEchoersPathsAndNoOneElses() {
        assertThat(docs.path("openapi").asText()).startsWith("3.");
        JsonNode paths = docs.path("paths");
        assertThat(paths.path("/step").has("post")).isTrue();
        assertThat(paths.path("/fsl").has("post")).isTrue();
        assertThat(paths.path("/fsl/check").has("post")).isTrue();
        assertThat(paths.path("/flowrun/{name}").has("get")).isTrue();
        assertThat(paths.path("/flow/{name}/start").has("post")).isTrue();
        assertThat(paths.path("/watch").path("get").path("responses").path("200").path("content").has("text/event-stream")).isTrue();
        assertThat(names(paths)).noneMatch(path -> path.startsWith("/engine-rest") || path.startsWith("/actuator")
                || path.startsWith("/camunda") || path.equals("/error"));
    }

    @Test
    void theCallbackIsDescribedWithEveryFieldItsBodyHasAndEveryAnswer() {
        JsonNode step = docs.path("paths").path("/step").path("post");
        assertThat(step.path("summary").asText()).contains("callback");
        assertThat(step.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/Callback");
        JsonNode callback = schema("Callback");
        List<String> fields = Arrays.stream(Callback.class.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(names(callback.path("properties"))).containsExactlyInAnyOrderElementsOf(fields);
        assertThat(callback.path("required")).extracting(JsonNode::asText).contains("flowId", "stepName", "uuid", "done");
        assertThat(callback.path("properties").path("done").path("type").asText()).isEqualTo("boolean");
        assertThat(callback.path("properties").path("ackState").path("description").asText()).contains("ackStates");
        assertThat(names(step.path("responses"))).contains("200", "202", "400", "401", "404", "409", "410");
        assertThat(step.path("responses").path("200").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/CallbackAnswer");
        assertThat(step.path("responses").path("400").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/ApiError");
        assertThat(names(schema("ApiError").path("properties"))).contains("error", "message", "line", "column", "diagnostics");
    }

    @Test
    void theOtherBodiesAreDescribedToo() {
        JsonNode fsl = docs.path("paths").path("/fsl").path("post");
        assertThat(names(fsl.path("requestBody").path("content"))).contains("application/json", "text/plain");
        assertThat(names(schema("FslDocument").path("properties"))).containsExactly("data");
        assertThat(ref(fsl.path("responses").path("200"))).isEqualTo("#/components/schemas/SubmissionResult");
        assertThat(ref(fsl.path("responses").path("400"))).isEqualTo("#/components/schemas/ApiError");
        assertThat(ref(docs.path("paths").path("/flowrun/{name}").path("get").path("responses").path("200")))
                .isEqualTo("#/components/schemas/FlowRunView");
        assertThat(names(schema("FlowRunView").path("properties")))
                .contains("name", "state", "currentStep", "statesPassed", "activations", "incident");
        assertThat(names(schema("Activation").path("properties"))).contains("uuid", "stepName", "state", "done", "data");
        JsonNode start = docs.path("paths").path("/flow/{name}/start").path("post");
        assertThat(start.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/StartRequest");
        assertThat(names(schema("StartRequest").path("properties"))).containsExactly("name", "args");
        assertThat(names(schema("CheckResponse").path("properties"))).contains("valid", "diagnostics", "processes");
        assertThat(names(schema("EchoerEvent").path("properties"))).contains("type", "flowId", "stepName", "uuid", "state", "time");
    }

    @Test
    void swaggerUiAnswersAndTheStudioLinksToIt() {
        ApiClient.Response page = api.get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(api.get("/swagger-ui.html").status()).as("redirects to the page").isEqualTo(302);
        assertThat(api.get("/v3/api-docs/swagger-config").json().path("url").asText()).isEqualTo("/v3/api-docs");
        assertThat(api.get("/").body()).contains("href=\"swagger-ui.html\"");
    }

    @Test
    void camundasRestApiStillAnswers() {
        ApiClient.Response engines = api.get("/engine-rest/engine");

        assertThat(engines.status()).isEqualTo(200);
        assertThat(engines.json().isArray()).isTrue();
        assertThat(api.get("/engine-rest/process-definition/count").json().has("count")).isTrue();
    }

    private JsonNode schema(String name) {
        JsonNode schema = docs.path("components").path("schemas").path(name);
        assertThat(schema.isMissingNode()).as("schema " + name).isFalse();
        return schema;
    }

    private static String ref(JsonNode response) {
        return response.path("content").path("application/json").path("schema").path("$ref").asText();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
