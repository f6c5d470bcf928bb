package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.EchoerAppTest;
import org.echoer.webapp.support.RecordingActionServer;
import org.echoer.webapp.support.RecordingActionServer.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process drawn by hand (src/test/resources/drawn: its own ids and names, a merge gateway, a loop, no echoer
 * version tag; named {@code .bpmn.xml} so that Camunda's auto-deployment does not deploy it at startup), deployed
 * the way Modeler's Deploy button does ({@code POST /engine-rest/deployment/create}) and started through Camunda's REST API with a business key, runs under echoer's dispatcher like a generated
 * process. A plain external task of another process stays with other workers.
 */
@EchoerAppTest
class DrawnProcessIT {

    @LocalServerPort
    int port;

    private ApiClient api;
    private RecordingActionServer actions;
    /** The states the action server calls back with, per flow run and step, in order; none left: no callback. */
    private final Map<String, Deque<String>> script = new ConcurrentHashMap<>();

    @BeforeEach
    void startActionServer() {
        api = new ApiClient(port);
        actions = new RecordingActionServer();
        // a business service: it answers, then calls back on its own, after the answer
        actions.beforeAnswer(request -> {
            Deque<String> states = script.get(request.json().path("flowId").asText() + "/" + request.stepName());
            String state = states == null ? null : states.poll();
            if (state != null) {
                CompletableFuture.runAsync(() -> callback(request, state), CompletableFuture.delayedExecutor(50,
                        java.util.concurrent.TimeUnit.MILLISECONDS));
            }
        });
    }

    @AfterEach
    void stopActionServer() {
        actions.close();
    }

    @Test
    void aDrawnProcessRunsThroughItsLoopWithEchoersBodiesAndCallbacks() {
        String key = deploy("order-check.bpmn", "OrderCheck", "DrawnOrder", actions.url(""));
        String run = "drawn_order_" + UUID.randomUUID().toString().substring(0, 8);
        script.put(run + "/check", new ArrayDeque<>(List.of("RETRY", "OK")));
        script.put(run + "/ship", new ArrayDeque<>(List.of("SENT")));

        start(key, run);

        await().atMost(Duration.ofSeconds(20)).until(() -> flowRun(run).path("state").asText(), "done"::equals);
        JsonNode view = flowRun(run);
        assertThat(view.path("statesPassed")).extracting(JsonNode::asText).containsExactly("check", "check", "ship");
        assertThat(view.path("activations")).extracting(a -> a.path("state").asText()).containsExactly("RETRY", "OK", "SENT");
        List<Received> checks = sentFor(run, "check");
        assertThat(checks).hasSize(2);
        JsonNode body = checks.get(0).json();
        assertThat(checks.get(0).path()).isEqualTo("/stock");
        assertThat(fieldNames(body)).containsExactly("ackStates", "flowId", "globalVariables", "item", "qty", "stepName", "uuid");
        assertThat(body.path("ackStates")).extracting(JsonNode::asText).containsExactly("OK", "RETRY", "FAIL");
        assertThat(body.path("item").asText()).isEqualTo("book");
        assertThat(body.path("qty").isIntegralNumber()).as("an int parameter is sent as a number").isTrue();
        assertThat(body.path("qty").asInt()).isEqualTo(2);
        assertThat(checks.get(1).uuid()).as("each pass through the loop is an activation of its own").isNotEqualTo(checks.get(0).uuid());
        Received ship = sentFor(run, "ship").get(0);
        assertThat(ship.path()).isEqualTo("/ship");
        assertThat(ship.json().path("ackStates")).extracting(JsonNode::asText).containsExactly("SENT");
    }

    @Test
    void aStateTheDrawnGatewayDoesNotRouteIsRefusedAndTheStepKeepsCamundasScope() {
        String key = deploy("order-check.bpmn", "OrderCheck", "DrawnOrderRouting", actions.url(""));
        String run = "drawn_routing_" + UUID.randomUUID().toString().substring(0, 8);
        String processInstance = start(key, run);
        await().atMost(Duration.ofSeconds(20)).until(() -> sentFor(run, "check").size() == 1);
        Received check = sentFor(run, "check").get(0);

        ApiClient.Response fail = callback(check, "FAIL");

        assertThat(fail.status()).as(fail.body()).isEqualTo(400);
        assertThat(fail.json().path("message").asText()).contains("no transition for state 'FAIL'", "OK, RETRY");
        assertThat(api.get("/engine-rest/execution/count?processInstanceId=" + processInstance).json().path("count").asInt())
                .as("without echoer.stepExecution the step is a scope of its own, as Camunda makes it").isEqualTo(2);
        assertThat(flowRun(run).path("currentStep").asText()).isEqualTo("check");
        assertThat(callback(check, "OK").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> sentFor(run, "ship").size() == 1);
        assertThat(api.get("/engine-rest/process-instance/" + processInstance + "/variables/ackState").json().path("value").asText())
                .as("a drawn process keeps the state as a stored variable: its own elements may read it").isEqualTo("OK");
        assertThat(callback(sentFor(run, "ship").get(0), "SENT").status()).isEqualTo(200);
        assertThat(flowRun(run).path("state").asText()).isEqualTo("done");
    }

    @Test
    void aDrawnStepWhoseActionCannotBeReachedBecomesAnIncident() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String unreachable = "http://127.0.0.1:" + closedPort;
        String key = deploy("order-check.bpmn", "OrderCheck", "DrawnOrderDown", unreachable);
        String run = "drawn_down_" + UUID.randomUUID().toString().substring(0, 8);

        start(key, run);

        await().atMost(Duration.ofSeconds(30)).until(() -> flowRun(run).path("state").asText(), "failed"::equals);
        assertThat(flowRun(run).path("incident").asText()).contains("action 'stock' failed", unreachable + "/stock");
        JsonNode incidents = api.get("/engine-rest/incident?processDefinitionKeyIn=" + key).json();
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).path("activityId").asText()).isEqualTo("Task_CheckStock");
    }

    @Test
    void aPlainExternalTaskOfAnotherProcessIsLeftToItsOwnWorkers() throws InterruptedException {
        deploy("order-check.bpmn", "OrderCheck", "DrawnOrderBeside", actions.url(""));
        String key = deploy("plain-work.bpmn", "PlainWork", "PlainWork" + UUID.randomUUID().toString().substring(0, 8), "");
        String business = "plain_" + UUID.randomUUID().toString().substring(0, 8);
        start(key, business);

        Thread.sleep(2_000); // four sweeps of the dispatcher (500 ms in the tests)

        assertThat(actions.received()).noneMatch(r -> business.equals(r.json().path("flowId").asText()));
        assertThat(api.get("/step").status()).as("echoer's list of waiting steps skips it").isEqualTo(200);
        assertThat(api.get("/step").json()).noneMatch(step -> step.path("stepName").isNull());
        ApiClient.Response fetched = api.postJson("/engine-rest/external-task/fetchAndLock", Map.of("workerId", "another-worker",
                "maxTasks", 5, "topics", List.of(Map.of("topicName", "stock", "lockDuration", 10_000,
                        "processDefinitionKey", key))));
        assertThat(fetched.status()).as(fetched.body()).isEqualTo(200);
        assertThat(fetched.json()).hasSize(1);
        assertThat(fetched.json().get(0).path("businessKey").asText()).isEqualTo(business);
        assertThat(fetched.json().get(0).path("errorMessage").isNull()).as("never tried by echoer").isTrue();
        String uuid = fetched.json().get(0).path("id").asText();
        assertThat(api.postJson("/step", Map.of("flowId", business, "stepName", "Task_Plain", "ackState", "OK", "uuid", uuid,
                "done", true)).status()).as("echoer's callback does not complete someone else's task").isEqualTo(404);
    }

    /** Deploys a test resource as Modeler's Deploy button does, under a process id of its own; returns the key. */
    private String deploy(String resource, String processId, String key, String actionBase) {
        String bpmn = read(resource).replace("id=\"" + processId + "\"", "id=\"" + key + "\"").replace("ACTION_BASE", actionBase);
        String boundary = "----drawn" + UUID.randomUUID().toString().replace("-", "");
        String body = part(boundary, "deployment-name", null, key) + part(boundary, "deployment-source", null, "Camunda Modeler")
                + part(boundary, "data", key + ".bpmn", bpmn) + "--" + boundary + "--\r\n";
        ApiClient.Response deployed = api.postBytes("/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
        assertThat(deployed.json().path("deployedProcessDefinitions").size()).isEqualTo(1);
        return key;
    }

    private static String part(String boundary, String name, String filename, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename != null ? "; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream" : "")
                + "\r\n\r\n" + content + "\r\n";
    }

    /** Starts a run through Camunda's REST API with a business key; returns the process instance id. */
    private String start(String key, String businessKey) {
        ApiClient.Response started = api.postJson("/engine-rest/process-definition/key/" + key + "/start",
                Map.of("businessKey", businessKey));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        return started.json().path("id").asText();
    }

    private ApiClient.Response callback(Received request, String state) {
        return api.postJson("/step", Map.of("flowId", request.json().path("flowId").asText(), "stepName", request.stepName(),
                "ackState", state, "uuid", request.uuid(), "done", true));
    }

    private JsonNode flowRun(String name) {
        return api.get("/flowrun/" + name).json();
    }

    private List<Received> sentFor(String run, String step) {
        return actions.received(step).stream().filter(r -> run.equals(r.json().path("flowId").asText())).toList();
    }

    private static List<String> fieldNames(JsonNode body) {
        return StreamSupport.stream(((Iterable<String>) body::fieldNames).spliterator(), false).toList();
    }

    private static String read(String resource) {
        try (InputStream in = DrawnProcessIT.class.getResourceAsStream("/drawn/" + resource + ".xml")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
