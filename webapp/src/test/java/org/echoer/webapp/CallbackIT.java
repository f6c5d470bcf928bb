package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.EchoerAppTest;
import org.echoer.webapp.support.RecordingActionServer;
import org.echoer.webapp.support.TestFsl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every case of the callback {@code POST /step} (docs/api.md, "The callback"), with its status and its effect on the run. */
@EchoerAppTest
class CallbackIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger RUNS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    private ApiClient api;
    private RecordingActionServer actions;
    private String run;
    private long submittedAtMillis;

    @BeforeEach
    void startRun() {
        api = new ApiClient(port);
        actions = new RecordingActionServer();
        run = "callback_run_" + RUNS.incrementAndGet();
        submittedAtMillis = System.currentTimeMillis();
        ApiClient.Response submitted = api.postText("/fsl", TestFsl.seedDemo(actions.url(""), run));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    }

    @AfterEach
    void stopActions() {
        actions.close();
    }

    @Test
    void completesTheStepAndRoutesOnTheReportedState() {
        RecordingActionServer.Received a = awaitDispatch("A", 1);

        ApiClient.Response answer = callback(a, "SUCCESS", true);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("status").asText()).isEqualTo("ok");
        RecordingActionServer.Received d = awaitDispatch("D", 1);
        assertThat(d.uuid()).isNotEqualTo(a.uuid());
        assertThat(view().path("statesPassed")).extracting(JsonNode::asText).containsExactly("A", "D");
    }

    /** The state reaches the gateway as a transient variable: a step stores its activation's record, not the state again. */
    @Test
    void theReportedStateRoutesWithoutBeingStoredAsAVariable() {
        RecordingActionServer.Received a = awaitDispatch("A", 1);

        callback(a, "SUCCESS", true);

        awaitDispatch("D", 1);
        assertThat(runtime.getVariables(instanceId())).doesNotContainKey("ackState")
                .containsKey("echoer.activation." + a.uuid());
    }

    /** A run of an earlier version stored the state as a variable, which Camunda will not make transient: it goes on being stored. */
    @Test
    void aRunThatStoredTheStateAsAVariableStillRoutesOnTheNewState() {
        RecordingActionServer.Received a = awaitDispatch("A", 1);
        runtime.setVariable(instanceId(), "ackState", "FAIL");

        assertThat(callback(a, "SUCCESS", true).status()).isEqualTo(200);

        awaitDispatch("D", 1);
        assertThat(runtime.getVariable(instanceId(), "ackState")).isEqualTo("SUCCESS");
    }

    @Test
    void activationUuidsAreVersion7WithTheTimeTheyWereMade() {
        RecordingActionServer.Received a = awaitDispatch("A", 1);
        callback(a, "SUCCESS", true);
        RecordingActionServer.Received d = awaitDispatch("D", 1);

        UUID first = UUID.fromString(a.uuid());
        UUID next = UUID.fromString(d.uuid());
        assertThat(List.of(first.version(), next.version())).containsOnly(7);
        long firstMillis = first.getMostSignificantBits() >>> 16;
        assertThat(firstMillis).isGreaterThanOrEqualTo(submittedAtMillis);
        assertThat(next.getMostSignificantBits() >>> 16).isBetween(firstMillis, System.currentTimeMillis());
    }

    @Test
    void sendsTheDispatchBodyWithEchoersKeyOrderAndTypes() {
        RecordingActionServer.Received a = awaitDispatch("A", 1);

        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.text()).isEqualTo("{\"ackStates\":[\"SUCCESS\",\"FAIL\"],\"flowId\":\"" + run + "\",\"globalVariables\":{},"
                + "\"project\":\"https://github.com/yametech/compass.git\",\"retry_count\":10,\"stepName\":\"A\",\"uuid\":\""
                + a.uuid() + "\",\"version\":\"v0.1.0\"}");
    }

    @Test
    void unknownUuidIsNotFoundAndChangesNothing() {
        RecordingActionServer.Received a = awaitDispatch("A", 1);

        ApiClient.Response answer = api.postJson("/step", body(run, "A", "SUCCESS", "00000000-0000-4000-8000-000000000000", true));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("error").asText()).isEqualTo("not found");
        assertStillWaitingAt("A", a.uuid());
    }

    @Test
    void flowIdOrStepNameThatDoNotMatchTheActivationAreRefused() {
        RecordingActionServer.Received a = awaitDispatch("A", 1);

        ApiClient.Response wrongStep = api.postJson("/step", body(run, "D", "SUCCESS", a.uuid(), true));
        ApiClient.Response wrongRun = api.postJson("/step", body("another_run", "A", "SUCCESS", a.uuid(), true));

        assertThat(wrongStep.status()).isEqualTo(400);
        assertThat(wrongRun.status()).isEqualTo(400);
        assertStillWaitingAt("A", a.uuid());
    }

    @Test
    void stateWithoutATransitionIsRefusedAndChangesNothing() {
        RecordingActionServer.Received d = advanceTo("D");

        ApiClient.Response answer = callback(d, "SUCCESS", true);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("message").asText()).contains("AGREE, REJECT, NEXT, FAIL");
        assertStillWaitingAt("D", d.uuid());
    }

    @Test
    void duplicateCallbackIsAlreadyDoneAndHasNoEffect() {
        RecordingActionServer.Received a = awaitDispatch("A", 1);
        callback(a, "SUCCESS", true);
        RecordingActionServer.Received d = awaitDispatch("D", 1);

        ApiClient.Response again = callback(a, "SUCCESS", true);
        ApiClient.Response otherState = callback(a, "FAIL", true);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("status").asText()).isEqualTo("already done");
        assertThat(otherState.json().path("status").asText()).isEqualTo("already done");
        assertStillWaitingAt("D", d.uuid());
        assertThat(actions.received("A")).hasSize(1);
    }

    @Test
    void loopsGiveEveryActivationItsOwnUuidAndAStaleOneNeverMovesTheFlow() {
        RecordingActionServer.Received first = awaitDispatch("A", 1);
        callback(first, "FAIL", true);
        RecordingActionServer.Received second = awaitDispatch("A", 2);
        callback(second, "FAIL", true);
        RecordingActionServer.Received third = awaitDispatch("A", 3);

        ApiClient.Response stale = callback(first, "SUCCESS", true);

        assertThat(List.of(first.uuid(), second.uuid(), third.uuid())).doesNotHaveDuplicates();
        assertThat(stale.json().path("status").asText()).isEqualTo("already done");
        assertStillWaitingAt("A", third.uuid());
        callback(third, "SUCCESS", true);
        awaitDispatch("D", 1);
        JsonNode activations = view().path("activations");
        assertThat(activations).extracting(a -> a.path("stepName").asText() + ":" + a.path("state").asText(null))
                .containsExactly("A:FAIL", "A:FAIL", "A:SUCCESS", "D:null");
        assertThat(activations).extracting(a -> a.path("uuid").asText())
                .containsExactly(first.uuid(), second.uuid(), third.uuid(), actions.received("D").get(0).uuid());
    }

    @Test
    void notDoneRecordsDataAndGlobalsAndTheStepKeepsWaiting() {
        RecordingActionServer.Received a = awaitDispatch("A", 1);
        ObjectNode heartbeat = body(run, "A", null, a.uuid(), false);
        heartbeat.put("data", "building 40%");
        heartbeat.putObject("globalVariables").put("build", 17);

        ApiClient.Response waiting = api.postJson("/step", heartbeat);

        assertThat(waiting.status()).isEqualTo(202);
        assertStillWaitingAt("A", a.uuid());
        assertThat(view().path("activations").get(0).path("data").asText()).isEqualTo("building 40%");
        ObjectNode finished = body(run, "A", "SUCCESS", a.uuid(), true);
        finished.put("data", "built");
        assertThat(api.postJson("/step", finished).status()).isEqualTo(200);
        RecordingActionServer.Received d = awaitDispatch("D", 1);
        assertThat(d.json().path("globalVariables").path("build").asInt()).isEqualTo(17);
        assertThat(view().path("activations").get(0).path("data").asText()).isEqualTo("built");
    }

    @Test
    void globalVariablesAreMergedAndSentToEveryLaterStep() {
        RecordingActionServer.Received a = awaitDispatch("A", 1);
        ObjectNode fromA = body(run, "A", "SUCCESS", a.uuid(), true);
        fromA.putObject("globalVariables").put("image", "compass:1").put("attempt", 1);
        api.postJson("/step", fromA);
        RecordingActionServer.Received d = awaitDispatch("D", 1);
        ObjectNode fromD = body(run, "D", "AGREE", d.uuid(), true);
        fromD.putObject("globalVariables").put("attempt", 2).putObject("approver").put("name", "zoe");
        fromD.putObject("data").put("ticket", "T-1");

        api.postJson("/step", fromD);

        RecordingActionServer.Received b = awaitDispatch("B", 1);
        JsonNode globals = b.json().path("globalVariables");
        assertThat(globals.path("image").asText()).isEqualTo("compass:1");
        assertThat(globals.path("attempt").asInt()).isEqualTo(2);
        assertThat(globals.path("approver").path("name").asText()).isEqualTo("zoe");
        assertThat(view().path("activations").get(1).path("data").path("ticket").asText()).isEqualTo("T-1");
    }

    @Test
    void callbackThatArrivesBeforeTheDispatchAnswerWorks() {
        // echoer's demo services call back inside the request, before they answer it
        actions.close();
        RecordingActionServer eager = new RecordingActionServer();
        List<Integer> statuses = new ArrayList<>();
        eager.beforeAnswer(request -> statuses.add(api.postJson("/step", body(request.json().path("flowId").asText(),
                request.stepName(), request.json().path("ackStates").get(0).asText(), request.uuid(), true)).status()));
        actions = eager;
        String eagerRun = run + "_eager";
        api.postText("/fsl", TestFsl.seedDemo(eager.url(""), eagerRun));

        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/flowrun/" + eagerRun).json().path("state").asText(), "done"::equals);

        assertThat(statuses).containsExactly(200, 200, 200, 200);
    }

    @Test
    void pausedRunAnswersConflictStoppedRunAnswersGone() {
        RecordingActionServer.Received a = awaitDispatch("A", 1);
        assertThat(api.post("/flowrun/" + run + "/pause", null, "").status()).isEqualTo(200);

        ApiClient.Response paused = callback(a, "SUCCESS", true);

        assertThat(paused.status()).isEqualTo(409);
        assertThat(view().path("state").asText()).isEqualTo("paused");
        api.post("/flowrun/" + run + "/continue", null, "");
        assertThat(callback(a, "FAIL", true).status()).isEqualTo(200);
        RecordingActionServer.Received again = awaitDispatch("A", 2);
        api.post("/flowrun/" + run + "/stop", null, "");

        ApiClient.Response stopped = callback(again, "SUCCESS", true);

        assertThat(stopped.status()).isEqualTo(410);
        assertThat(view().path("state").asText()).isEqualTo("stopped");
    }

    @Test
    void malformedCallbacksAreBadRequests() {
        assertThat(api.post("/step", "application/json", "{not json").status()).isEqualTo(400);
        assertThat(api.post("/step", "application/json", "[]").status()).isEqualTo(400);
        assertThat(api.post("/step", "application/json", "{\"flowId\":\"x\"}").status()).isEqualTo(400);
        assertThat(api.post("/step", "application/json", "{\"uuid\":7}").status()).isEqualTo(400);
        assertThat(api.post("/step", "application/json", "{\"uuid\":\"u\",\"done\":\"yes\"}").status()).isEqualTo(400);
        assertThat(api.post("/step", "application/json", "{\"uuid\":\"u\",\"globalVariables\":[1]}").status()).isEqualTo(400);
    }

    @Test
    void ofAHundredIdenticalCallbacksAtOnceExactlyOneTakesEffect() throws Exception {
        RecordingActionServer.Received a = awaitDispatch("A", 1);

        List<ApiClient.Response> answers = all(100, () -> callback(a, "SUCCESS", true));

        assertThat(answers).extracting(ApiClient.Response::status).containsOnly(200);
        assertThat(answers).extracting(answer -> answer.json().path("status").asText())
                .containsOnly("ok", "already done").filteredOn("ok"::equals).hasSize(1);
        RecordingActionServer.Received d = awaitDispatch("D", 1);
        assertStillWaitingAt("D", d.uuid());
        assertThat(view().path("activations")).hasSize(2);
        assertThat(actions.received("D")).hasSize(1);
    }

    @Test
    void aCallbackRacingWithPauseTakesEffectOnceOrIsRefusedUntilTheRunContinues() throws Exception {
        for (int round = 0; round < 5; round++) {
            String name = newRun();
            RecordingActionServer.Received a = awaitDispatch(name, "A", 1);

            List<ApiClient.Response> answers = all(2, List.of(
                    () -> api.post("/flowrun/" + name + "/pause", null, ""),
                    () -> api.postJson("/step", body(name, "A", "SUCCESS", a.uuid(), true))));

            assertThat(answers.get(0).status()).isEqualTo(200);
            int callback = answers.get(1).status();
            assertThat(callback).as(answers.get(1).body()).isIn(200, 409);
            assertThat(api.get("/flowrun/" + name).json().path("state").asText()).isEqualTo("paused");
            assertThat(api.post("/flowrun/" + name + "/continue", null, "").status()).isEqualTo(200);
            if (callback == 409) {
                assertThat(api.postJson("/step", body(name, "A", "SUCCESS", a.uuid(), true)).status()).isEqualTo(200);
            }
            awaitDispatch(name, "D", 1);
            assertThat(api.get("/flowrun/" + name).json().path("statesPassed")).extracting(JsonNode::asText)
                    .containsExactly("A", "D");
        }
    }

    @Test
    void aCallbackRacingWithStopTakesEffectOrIsGoneAndTheRunEndsStopped() throws Exception {
        for (int round = 0; round < 5; round++) {
            String name = newRun();
            RecordingActionServer.Received a = awaitDispatch(name, "A", 1);

            List<ApiClient.Response> answers = all(2, List.of(
                    () -> api.post("/flowrun/" + name + "/stop", null, ""),
                    () -> api.postJson("/step", body(name, "A", "SUCCESS", a.uuid(), true))));

            assertThat(answers.get(0).status()).isEqualTo(200);
            assertThat(answers.get(1).status()).as(answers.get(1).body()).isIn(200, 410);
            assertThat(api.get("/flowrun/" + name).json().path("state").asText()).isEqualTo("stopped");
            assertThat(api.postJson("/step", body(name, "A", "SUCCESS", a.uuid(), true)).status()).isIn(200, 410);
        }
    }

    private RecordingActionServer.Received advanceTo(String step) {
        RecordingActionServer.Received a = awaitDispatch("A", 1);
        callback(a, "SUCCESS", true);
        return awaitDispatch(step, 1);
    }

    /** Another run of the seed flow against the same action server. */
    private String newRun() {
        String name = "callback_run_" + RUNS.incrementAndGet();
        assertThat(api.postText("/fsl", TestFsl.seedDemo(actions.url(""), name)).status()).isEqualTo(200);
        return name;
    }

    /** Sends {@code count} copies of one request at the same moment. */
    private static List<ApiClient.Response> all(int count, Callable<ApiClient.Response> request) throws Exception {
        return all(count, java.util.Collections.nCopies(count, request));
    }

    /** Sends the requests at the same moment, from threads of their own; their answers in the same order. */
    private static List<ApiClient.Response> all(int threads, List<Callable<ApiClient.Response>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, 32));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (Callable<ApiClient.Response> request : requests) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<ApiClient.Response> done = new ArrayList<>();
            for (Future<ApiClient.Response> answer : answers) {
                done.add(answer.get(60, TimeUnit.SECONDS));
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private RecordingActionServer.Received awaitDispatch(String step, int count) {
        return awaitDispatch(run, step, count);
    }

    private RecordingActionServer.Received awaitDispatch(String flowId, String step, int count) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> actions.received().stream().filter(r -> r.json().path("flowId").asText().equals(flowId)
                        && r.stepName().equals(step)).count() >= count);
        return actions.received().stream().filter(r -> r.json().path("flowId").asText().equals(flowId) && r.stepName().equals(step))
                .toList().get(count - 1);
    }

    private void assertStillWaitingAt(String step, String uuid) {
        JsonNode view = view();
        assertThat(view.path("state").asText()).isEqualTo("running");
        assertThat(view.path("currentStep").asText()).isEqualTo(step);
        JsonNode last = view.path("activations").get(view.path("activations").size() - 1);
        assertThat(last.path("uuid").asText()).isEqualTo(uuid);
        assertThat(last.path("done").asBoolean()).isFalse();
    }

    private String instanceId() {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(run).singleResult().getId();
    }

    private JsonNode view() {
        return api.get("/flowrun/" + run).json();
    }

    private ApiClient.Response callback(RecordingActionServer.Received request, String state, boolean done) {
        return api.postJson("/step", body(run, request.stepName(), state, request.uuid(), done));
    }

    private static ObjectNode body(String flowId, String stepName, String state, String uuid, boolean done) {
        ObjectNode body = JSON.createObjectNode().put("flowId", flowId).put("stepName", stepName).put("uuid", uuid).put("done", done);
        if (state != null) {
            body.put("ackState", state);
        }
        return body;
    }
}
