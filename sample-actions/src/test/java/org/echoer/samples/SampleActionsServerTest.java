package org.echoer.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server over real loopback HTTP, with a real callback receiver standing in for the engine. */
class SampleActionsServerTest {

    /** Long enough for a callback that should not come to have come. */
    private static final Duration QUIET_WINDOW = Duration.ofMillis(300);

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<SampleActionsServer> servers = new ArrayList<>();
    private CallbackReceiver receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = new CallbackReceiver();
    }

    @AfterEach
    void stopAll() {
        servers.forEach(SampleActionsServer::close);
        receiver.close();
    }

    @Test
    void answersOkThenCallsBackOnceWithTheFirstDeclaredState() throws Exception {
        SampleActionsServer server = start(o -> o);

        HttpResponse<String> answer = post(server, "/ci", body("u-1", "SUCCESS", "FAIL"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("\"\"");
        assertThat(receiver.next().body()).containsExactly(
                entry("flowId", "release"), entry("stepName", "build"), entry("ackState", "SUCCESS"),
                entry("uuid", "u-1"), entry("done", true));
        assertThat(receiver.drain(QUIET_WINDOW)).isEmpty();
        assertThat(server.callbacksSent()).isEqualTo(1);
    }

    @Test
    void randomStateWithASeedUsesOnlyDeclaredStatesAndReplaysTheSameChoices() throws Exception {
        List<String> first = randomStates(42);
        List<String> second = randomStates(42);

        assertThat(first).hasSize(30).isSubsetOf("A", "B", "C");
        assertThat(first).containsAll(List.of("A", "B", "C"));
        assertThat(second).isEqualTo(first);
    }

    private List<String> randomStates(long seed) throws Exception {
        SampleActionsServer server = start(o -> o.state("random").seed(seed));
        List<String> states = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            assertThat(post(server, "/work", body("r-" + i, "A", "B", "C")).statusCode()).isEqualTo(200);
            states.add((String) receiver.next().body().get("ackState"));
        }
        return states;
    }

    @Test
    void namedStateIsReportedWhenTheActionDeclaresItElseTheFirst() throws Exception {
        SampleActionsServer server = start(o -> o.state("FAIL"));

        post(server, "/ci", body("u-1", "SUCCESS", "FAIL"));
        assertThat(receiver.next().body()).containsEntry("ackState", "FAIL");
        post(server, "/approval", body("u-2", "AGREE", "DISAGREE"));
        assertThat(receiver.next().body()).containsEntry("ackState", "AGREE");
    }

    @Test
    void routeStateOverridesTheDefaultForItsPathAndItsAlias() throws Exception {
        SampleActionsServer server = start(o -> o.routeState("/approval", "DISAGREE").routeState("/deploy", "FAIL"));

        assertThat(stateReportedFor(server, "/approval", "AGREE", "DISAGREE")).isEqualTo("DISAGREE");
        assertThat(stateReportedFor(server, "/approval2", "AGREE", "DISAGREE")).isEqualTo("AGREE");
        assertThat(stateReportedFor(server, "/ci", "SUCCESS", "FAIL")).isEqualTo("SUCCESS");
        assertThat(stateReportedFor(server, "/deploy", "SUCCESS", "FAIL")).isEqualTo("FAIL");
        assertThat(stateReportedFor(server, "/deploy1", "SUCCESS", "FAIL")).isEqualTo("FAIL");
    }

    private String stateReportedFor(SampleActionsServer server, String path, String... states) throws Exception {
        assertThat(post(server, path, body(path + "-uuid", states)).statusCode()).isEqualTo(200);
        return (String) receiver.next().body().get("ackState");
    }

    @Test
    void everyPostPathIsAnAction() throws Exception {
        SampleActionsServer server = start(o -> o);

        for (String path : List.of("/ci", "/approval", "/deploy", "/deploy1", "/approval2", "/notify", "/work",
                "/load/test/42")) {
            assertThat(post(server, path, body(path, "OK")).statusCode()).as(path).isEqualTo(200);
            assertThat(receiver.next().body()).as(path).containsEntry("uuid", path);
        }
    }

    @Test
    void failureRateOneAnswers503AndNeverCallsBack() throws Exception {
        SampleActionsServer server = start(o -> o.failureRate(1));

        HttpResponse<String> answer = post(server, "/ci", body("u-1", "SUCCESS"));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(receiver.drain(QUIET_WINDOW)).isEmpty();
        assertThat(server.timesReceived("u-1")).as("a refused request was still received").isEqualTo(1);
    }

    @Test
    void delayPostponesTheCallbackButNotTheAnswer() throws Exception {
        SampleActionsServer server = start(o -> o.delay(Duration.ofMillis(400)));
        long sent = System.nanoTime();

        HttpResponse<String> answer = post(server, "/ci", body("u-1", "SUCCESS"));
        long answered = System.nanoTime();
        CallbackReceiver.Callback callback = receiver.next();

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(callback.receivedNanos() - sent)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(callback.receivedNanos()).isGreaterThan(answered);
    }

    @Test
    void answersBeforeCallingBackByDefault() throws Exception {
        SampleActionsServer server = start(o -> o);
        CountDownLatch answerReceived = new CountDownLatch(1);
        CompletableFuture<Boolean> answeredBeforeCallback = new CompletableFuture<>();
        // holding the callback until the answer is in would dead-lock if the answer waited for the callback
        receiver.beforeAnswering(() -> answeredBeforeCallback.complete(answerReceived.await(5, TimeUnit.SECONDS)));

        assertThat(post(server, "/ci", body("u-1", "SUCCESS")).statusCode()).isEqualTo(200);
        answerReceived.countDown();

        assertThat(answeredBeforeCallback.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void callsBackBeforeAnsweringWhenAsked() throws Exception {
        SampleActionsServer server = start(o -> o.callbackBeforeAnswer(true));
        CountDownLatch answerReceived = new CountDownLatch(1);
        CompletableFuture<Boolean> callbackBeforeAnswer = new CompletableFuture<>();
        receiver.beforeAnswering(() -> {
            Thread.sleep(200);
            callbackBeforeAnswer.complete(answerReceived.getCount() == 1);
        });
        long sent = System.nanoTime();

        HttpResponse<String> answer = post(server, "/ci", body("u-1", "SUCCESS"));
        answerReceived.countDown();

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(server.callbacksSent()).as("the callback was accepted before the answer").isEqualTo(1);
        assertThat(callbackBeforeAnswer.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void rejectsBodiesTheEngineWouldNeverSendWith400AndNoCallback() throws Exception {
        SampleActionsServer server = start(o -> o);
        Map<String, String> expectedMessages = Map.of(
                "{\"uuid\": \"u\", \"ackStates\": [\"A\"]", "body is not JSON",
                "", "body must be a JSON object",
                "[\"A\"]", "body must be a JSON object",
                "{\"ackStates\": [\"A\"]}", "'uuid' is missing",
                "{\"uuid\": 7, \"ackStates\": [\"A\"]}", "'uuid' must be a non-empty string",
                "{\"uuid\": \"u\"}", "'ackStates' is missing",
                "{\"uuid\": \"u\", \"ackStates\": []}", "'ackStates' must be a non-empty array of strings",
                "{\"uuid\": \"u\", \"ackStates\": [\"A\", 1]}", "'ackStates' must hold only non-empty strings",
                "{\"uuid\": \"u\", \"ackStates\": [\"A\"], \"flowId\": 3}", "'flowId' must be a string",
                "{\"uuid\": \"u\", \"ackStates\": [\"A\"]} {}", "body is not JSON");

        for (Map.Entry<String, String> bad : expectedMessages.entrySet()) {
            HttpResponse<String> answer = post(server, "/ci", bad.getKey());

            assertThat(answer.statusCode()).as(bad.getKey()).isEqualTo(400);
            JsonNode error = mapper.readTree(answer.body());
            assertThat(error.path("error").asText()).isEqualTo("bad request");
            assertThat(error.path("message").asText()).as(bad.getKey()).startsWith(bad.getValue());
        }
        assertThat(receiver.drain(QUIET_WINDOW)).isEmpty();
        assertThat(server.received()).isEmpty();
    }

    @Test
    void rejectsAnOversizedBodyWith413() throws Exception {
        SampleActionsServer server = start(o -> o);

        HttpResponse<String> answer = post(server, "/ci", "\"" + "x".repeat(HttpExchanges.MAX_BODY_BYTES) + "\"");

        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void retriesACallbackAnswered503UntilItIsAccepted() throws Exception {
        receiver.answering(attempt -> attempt <= 2 ? 503 : 200);
        SampleActionsServer server = start(o -> o.retryBackoff(Duration.ofMillis(20)));

        post(server, "/ci", body("u-1", "SUCCESS"));

        List<Object> uuids = List.of(receiver.next().body().get("uuid"), receiver.next().body().get("uuid"),
                receiver.next().body().get("uuid"));
        assertThat(uuids).containsOnly("u-1");
        Poll.until("the callback is accepted", () -> server.callbacksSent() == 1);
        assertThat(server.callbackFailures()).isZero();
        JsonNode stats = stats(server);
        assertThat(stats.path("callbackRetries").asLong()).isEqualTo(2);
        assertThat(stats.path("callbackAnswers").path("503").asLong()).isEqualTo(2);
    }

    @Test
    void retriesAPausedCallbackAfterThePausedDelay() throws Exception {
        receiver.answering(attempt -> attempt == 1 ? 409 : 200);
        SampleActionsServer server = start(o -> o.retryBackoff(Duration.ofMillis(1))
                .pausedRetryDelay(Duration.ofMillis(300)));

        post(server, "/ci", body("u-1", "SUCCESS"));
        CallbackReceiver.Callback paused = receiver.next();
        CallbackReceiver.Callback retried = receiver.next();

        assertThat(Duration.ofNanos(retried.receivedNanos() - paused.receivedNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(300));
        Poll.until("the callback is accepted", () -> server.callbacksSent() == 1);
    }

    @Test
    void retriesWhenNothingListensAndGivesUpAfterTheConfiguredRetries() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SampleActionsServer server = start(o -> o.callbackUrl("http://127.0.0.1:" + closedPort + "/step")
                .callbackRetries(2).retryBackoff(Duration.ofMillis(10)));

        post(server, "/ci", body("u-1", "SUCCESS"));

        Poll.until("the callback is given up", () -> server.callbackFailures() == 1);
        JsonNode stats = stats(server);
        assertThat(stats.path("callbackAttempts").asLong()).isEqualTo(3);
        assertThat(stats.path("callbackAnswers").path("error").asLong()).isEqualTo(3);
        assertThat(server.callbacksSent()).isZero();
        assertThat(server.callbacksInFlight()).isZero();
    }

    @Test
    void givesUpOnA5xxAfterTheConfiguredRetries() throws Exception {
        receiver.answering(attempt -> 503);
        SampleActionsServer server = start(o -> o.callbackRetries(2).retryBackoff(Duration.ofMillis(10)));

        post(server, "/ci", body("u-1", "SUCCESS"));

        Poll.until("the callback is given up", () -> server.callbackFailures() == 1);
        assertThat(receiver.drain(QUIET_WINDOW)).hasSize(3);
        assertThat(receiver.attempts()).isEqualTo(3);
    }

    @Test
    void doesNotRetryACallbackTheEngineRejects() throws Exception {
        receiver.answering(attempt -> 404);
        SampleActionsServer server = start(o -> o.retryBackoff(Duration.ofMillis(10)));

        post(server, "/ci", body("u-1", "SUCCESS"));

        Poll.until("the callback is rejected", () -> server.callbackFailures() == 1);
        assertThat(receiver.drain(QUIET_WINDOW)).hasSize(1);
    }

    @Test
    void statsCountRequestsAnswersCallbacksAndEveryBodyPerUuid() throws Exception {
        SampleActionsServer server = start(o -> o);
        post(server, "/ci", body("u-1", "SUCCESS"));
        post(server, "/ci", body("u-1", "SUCCESS"));
        post(server, "/approval", body("u-2", "AGREE"));
        post(server, "/ci", "{oops");
        Poll.until("three callbacks are accepted", () -> server.callbacksSent() == 3);

        JsonNode stats = stats(server);

        assertThat(stats.path("requests").asLong()).isEqualTo(4);
        assertThat(stats.path("requestsByPath").path("/ci").asLong()).isEqualTo(3);
        assertThat(stats.path("requestsByPath").path("/approval").asLong()).isEqualTo(1);
        assertThat(stats.path("answers").path("200").asLong()).isEqualTo(3);
        assertThat(stats.path("answers").path("400").asLong()).isEqualTo(1);
        assertThat(stats.path("callbacksSent").asLong()).isEqualTo(3);
        assertThat(stats.path("callbackFailures").asLong()).isZero();
        JsonNode u1 = stats.path("received").path("u-1");
        assertThat(u1.path("count").asInt()).isEqualTo(2);
        assertThat(u1.path("requests")).hasSize(2);
        assertThat(u1.path("requests").get(0).path("path").asText()).isEqualTo("/ci");
        assertThat(u1.path("requests").get(0).path("body").path("project").asText()).isEqualTo("echoer");
        assertThat(stats.path("received").path("u-2").path("count").asInt()).isEqualTo(1);
        assertThat(server.receivedCounts()).containsExactly(entry("u-1", 2), entry("u-2", 1));
        assertThat(server.received()).extracting(ActionRequest::path).containsExactly("/ci", "/ci", "/approval");
        assertThat(server.received("u-2")).singleElement()
                .satisfies(r -> assertThat(r.arguments()).containsExactly(entry("project", "echoer"),
                        entry("version", 3)));
        assertThat(stats(server, "?received=false").has("received")).isFalse();
    }

    @Test
    void statsResetForgetsEverything() throws Exception {
        SampleActionsServer server = start(o -> o);
        post(server, "/ci", body("u-1", "SUCCESS"));
        Poll.until("the callback is accepted", () -> server.callbacksSent() == 1);

        HttpResponse<String> reset = http.send(HttpRequest.newBuilder(server.baseUri().resolve("/stats/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reset.statusCode()).isEqualTo(200);
        JsonNode stats = stats(server);
        assertThat(stats.path("requests").asLong()).isZero();
        assertThat(stats.path("callbacksSent").asLong()).isZero();
        assertThat(stats.path("received").isEmpty()).isTrue();
        assertThat(server.received()).isEmpty();
        assertThat(server.timesReceived("u-1")).isZero();
    }

    @Test
    void answersHealthChecksAndRefusesOtherMethods() throws Exception {
        SampleActionsServer server = start(o -> o);

        HttpResponse<String> health = get(server, "/");
        HttpResponse<String> getAction = get(server, "/ci");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(getAction.statusCode()).isEqualTo(405);
        assertThat(getAction.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void keepsCountsButNoBodiesWhenAskedNotToRecord() throws Exception {
        SampleActionsServer server = start(o -> o.recordBodies(false));

        post(server, "/ci", body("u-1", "SUCCESS"));

        assertThat(server.received()).isEmpty();
        assertThat(server.timesReceived("u-1")).isEqualTo(1);
        assertThat(stats(server).path("received").path("u-1").has("requests")).isFalse();
    }

    private SampleActionsServer start(UnaryOperator<SampleActionsOptions.Builder> options) throws IOException {
        SampleActionsOptions.Builder builder = SampleActionsOptions.builder()
                .host("127.0.0.1")
                .port(0)
                .callbackUrl(receiver.url())
                .quiet(true);
        SampleActionsServer server = new SampleActionsServer(options.apply(builder).build());
        servers.add(server);
        assertThat(server.start()).isPositive();
        return server;
    }

    /** What the engine POSTs for a step of flow run {@code release}: the arguments, then the protocol keys. */
    private String body(String uuid, String... ackStates) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("project", "echoer");
        body.put("version", 3);
        body.put("flowId", "release");
        body.put("stepName", "build");
        body.put("ackStates", List.of(ackStates));
        body.put("uuid", uuid);
        body.put("globalVariables", null);
        return mapper.writeValueAsString(body);
    }

    private HttpResponse<String> post(SampleActionsServer server, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(server.baseUri().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(SampleActionsServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode stats(SampleActionsServer server) throws Exception {
        return stats(server, "");
    }

    private JsonNode stats(SampleActionsServer server, String query) throws Exception {
        HttpResponse<String> answer = get(server, "/stats" + query);
        assertThat(answer.statusCode()).isEqualTo(200);
        return mapper.readTree(answer.body());
    }
}
