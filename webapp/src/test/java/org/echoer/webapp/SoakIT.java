package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.EchoerAppTest;
import org.echoer.webapp.support.RecordingActionServer;
import org.echoer.webapp.support.RecordingActionServer.Received;
import org.echoer.webapp.support.TestFsl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Many seed-flow runs at once, with business services that behave like real ones: they answer, then call
 * back after a random delay with a random declared state (loops included), sometimes send a heartbeat
 * first and sometimes send the same callback twice. At the end every run is done along exactly the path
 * its callbacks chose, every activation was dispatched once and completed once, and nothing failed.
 * Bounded in count and time; the seed ({@code -Dechoer.soak.seed}) makes a failure reproducible.
 */
@EchoerAppTest
class SoakIT {

    private static final int RUNS = Integer.getInteger("echoer.soak.runs", 2000);
    private static final int IN_FLIGHT = 40;
    private static final long SEED = Long.getLong("echoer.soak.seed", 20261127L);

    @LocalServerPort
    int port;

    private final Random random = new Random(SEED);
    private final Map<String, Integer> loopsLeft = new ConcurrentHashMap<>();
    private final Map<String, Integer> completedByUuid = new ConcurrentHashMap<>();
    private final Queue<String> refusals = new ConcurrentLinkedQueue<>();
    private final Set<String> finished = ConcurrentHashMap.newKeySet();

    @Test
    void everyRunEndsAlongThePathItsCallbacksChose() throws InterruptedException {
        ApiClient api = new ApiClient(port);
        ScheduledExecutorService services = Executors.newScheduledThreadPool(8);
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        // other tests share this application and may have left incidents of their own
        int incidentsBefore = incidents(api);
        try (RecordingActionServer actions = new RecordingActionServer()) {
            actions.beforeAnswer(request -> callBackLater(api, services, request, inFlight));
            List<String> runs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                inFlight.acquire();
                String run = "soak_" + SEED + "_" + i;
                runs.add(run);
                ApiClient.Response submitted = api.postText("/fsl", TestFsl.seedDemo(actions.url(""), run));
                assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
            }

            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                    .until(() -> finished.size() == RUNS || !refusals.isEmpty());

            assertThat(refusals).as("callbacks answered with neither ok, already done nor recorded").isEmpty();
            Map<String, List<String>> dispatchedByRun = actions.received().stream().collect(Collectors.groupingBy(
                    r -> r.json().path("flowId").asText(), Collectors.mapping(Received::stepName, Collectors.toList())));
            for (String run : runs) {
                List<String> dispatched = dispatchedByRun.getOrDefault(run, List.of());
                JsonNode view = api.get("/flowrun/" + run).json();
                assertThat(view.path("state").asText()).as(run).isEqualTo("done");
                assertThat(view.path("statesPassed")).extracting(JsonNode::asText).as(run).containsExactlyElementsOf(dispatched);
            }
            List<String> uuids = actions.received().stream().map(Received::uuid).toList();
            assertThat(uuids).as("every activation dispatched once").doesNotHaveDuplicates();
            assertThat(completedByUuid).as("every activation completed once").hasSize(uuids.size()).containsOnlyKeys(uuids)
                    .allSatisfy((uuid, completions) -> assertThat(completions).isEqualTo(1));
            assertThat(incidents(api)).as("incidents raised").isEqualTo(incidentsBefore);
        } finally {
            services.shutdownNow();
        }
    }

    private static int incidents(ApiClient api) {
        return api.get("/engine-rest/incident/count").json().path("count").asInt();
    }

    /** What a business service does: answer now, call back a little later; sometimes a heartbeat, a duplicate. */
    private void callBackLater(ApiClient api, ScheduledExecutorService services, Received request, Semaphore inFlight) {
        String flowId = request.json().path("flowId").asText();
        String state = chooseState(flowId, request);
        boolean heartbeat;
        boolean duplicate;
        long delay;
        long duplicateDelay;
        synchronized (random) {
            heartbeat = random.nextInt(10) == 0;
            duplicate = random.nextInt(5) == 0;
            delay = random.nextInt(20);
            duplicateDelay = random.nextInt(20);
        }
        if (heartbeat) {
            services.schedule(() -> send(api, request, flowId, null, false, inFlight), 0, TimeUnit.MILLISECONDS);
        }
        services.schedule(() -> send(api, request, flowId, state, true, inFlight), delay, TimeUnit.MILLISECONDS);
        if (duplicate) {
            services.schedule(() -> send(api, request, flowId, state, true, inFlight), delay + duplicateDelay, TimeUnit.MILLISECONDS);
        }
    }

    /** FAIL loops back to the step, at most twice per run; otherwise any other declared state moves on. */
    private String chooseState(String flowId, Received request) {
        List<String> states = new ArrayList<>();
        request.json().path("ackStates").forEach(s -> states.add(s.asText()));
        synchronized (random) {
            if (states.contains("FAIL") && loopsLeft.merge(flowId, 0, Integer::sum) < 2 && random.nextInt(4) == 0) {
                loopsLeft.merge(flowId, 1, Integer::sum);
                return "FAIL";
            }
            List<String> forward = states.stream().filter(s -> !s.equals("FAIL")).toList();
            return forward.get(random.nextInt(forward.size()));
        }
    }

    private void send(ApiClient api, Received request, String flowId, String state, boolean done, Semaphore inFlight) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("flowId", flowId);
        body.put("stepName", request.stepName());
        body.put("uuid", request.uuid());
        body.put("done", done);
        if (state != null) {
            body.put("ackState", state);
        }
        ApiClient.Response answer = api.postJson("/step", body);
        String status = answer.status() / 100 == 2 ? answer.json().path("status").asText() : "";
        if (!done && answer.status() == 202) {
            return;
        }
        if ("ok".equals(status)) {
            completedByUuid.merge(request.uuid(), 1, Integer::sum);
            if ("C".equals(request.stepName()) && "SUCCESS".equals(state) && finished.add(flowId)) {
                inFlight.release();
            }
        } else if (!"already done".equals(status)) {
            refusals.add(flowId + " " + request.stepName() + " " + state + " -> " + answer.status() + " " + answer.body());
        }
    }
}
