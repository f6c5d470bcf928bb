package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.AppNode;
import org.echoer.webapp.support.ClusterActions;
import org.echoer.webapp.support.DatabaseAvailable;
import org.echoer.webapp.support.FreePorts;
import org.echoer.webapp.support.TestDatabase;
import org.echoer.webapp.support.TestFsl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two application nodes (separate JVMs) on one PostgreSQL database, with business services that call
 * back to a random node. Runs only in the PostgreSQL pass of the suite.
 */
@ExtendWith(DatabaseAvailable.class)
class ClusterIT {

    private static final int RUNS = 200;

    @BeforeAll
    static void onlyOnPostgres() {
        assumeTrue("postgres".equals(System.getProperty(TestDatabase.DATABASE)), "a cluster needs the PostgreSQL pass");
    }

    @Test
    void twoNodesShareTheWorkAndDispatchEveryActivationExactlyOnce() throws Exception {
        try (AppNode a = node("a", "60s"); AppNode b = node("b", "60s")) {
            startBoth(a, b);
            try (ClusterActions actions = new ClusterActions(List.of(a.url(), b.url()))) {
                submitRuns("cluster", actions, a, b);

                awaitAllDone("cluster", a);

                assertThat(actions.dispatchCounts()).hasSize(RUNS * 4)
                        .allSatisfy((uuid, times) -> assertThat(times).as("dispatches of " + uuid).isEqualTo(1));
                assertThat(actions.callbackAnswers()).containsOnlyKeys(200);
                assertNoIncidents("cluster", a);
                assertEveryRunPassedADBCOnce("cluster", a, actions.dispatchCounts());

                assertOneNameMakesOneRunOnEitherNode(a, b);
                assertANewShapeSubmittedToBothNodesAtOnceIsDeployedOnce(a, b);
            }
        }
    }

    @Test
    void aNodeKilledInTheMiddleOfRunsLosesNothing() {
        // a short lease, so the steps the killed node held are dispatched again soon
        try (AppNode a = node("a", "3s"); AppNode b = node("b", "3s")) {
            startBoth(a, b);
            try (ClusterActions actions = new ClusterActions(List.of(a.url(), b.url()))) {
                submitRuns("crash", actions, a, b);
                await().atMost(Duration.ofSeconds(60)).until(() -> actions.dispatchCounts().size() >= RUNS);

                b.kill(); // SIGKILL with dispatches and callbacks in flight
                b.start().awaitUp(Duration.ofMinutes(2));

                awaitAllDone("crash", a);
                assertNoIncidents("crash", a);
                assertEveryRunPassedADBCOnce("crash", a, actions.dispatchCounts());
                // a callback answered 2xx took effect once: no activation completed twice, none lost
                assertThat(actions.acceptedCallbacks().keySet()).containsAll(actions.dispatchCounts().keySet());
                long repeated = actions.dispatchCounts().values().stream().filter(n -> n > 1).count();
                assertThat(repeated).as("steps dispatched again after the crash (same uuid)").isLessThanOrEqualTo(RUNS);
            }
        }
    }

    /**
     * @param lease how long a step may take from being locked to its POST being accepted before another
     *     node may dispatch it again (the documented exception to once-only dispatch)
     */
    private static AppNode node(String name, String lease) {
        return new AppNode(name, FreePorts.next(), List.of(
                "--spring.datasource.url=" + System.getProperty(TestDatabase.URL),
                "--spring.datasource.username=" + TestDatabase.user(),
                "--echoer.dispatch.lease=" + lease,
                "--echoer.dispatch.sweep-interval=1s",
                "--echoer.dispatch.worker-id=node-" + name,
                "--camunda.bpm.admin-user.password=it-only",
                "--logging.level.root=WARN"));
    }

    /** Submissions of one flow run name to both nodes at once: one run, the others refused. */
    private static void assertOneNameMakesOneRunOnEitherNode(AppNode a, AppNode b) throws Exception {
        List<ApiClient> apis = List.of(new ApiClient(a.port()), new ApiClient(b.port()));
        ExecutorService callers = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ApiClient api = apis.get(i % 2);
                answers.add(callers.submit(() -> api.postText("/flowrun", TestFsl.seedRun("contested")).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        } finally {
            callers.shutdownNow();
        }
    }

    /**
     * First runs of a shape no node has seen, sent to both nodes at once: every one starts, on one process
     * definition (Camunda's deployment lock lets the second node find the first one's deployment).
     */
    private static void assertANewShapeSubmittedToBothNodesAtOnceIsDeployedOnce(AppNode a, AppNode b) throws Exception {
        List<ApiClient> apis = List.of(new ApiClient(a.port()), new ApiClient(b.port()));
        ExecutorService callers = Executors.newFixedThreadPool(12);
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ApiClient api = apis.get(i % 2);
                String run = """
                        flow_run new_shape_%d
                            step A => (SUCCESS->C | FAIL->A) { action = "ci"; args = (project="p%d", version="v1", retry_count=%d); };
                            step C => (SUCCESS->done | FAIL->C) { action = "notify"; args = (project="p%d", version=%d); };
                        flow_run_end
                        """.formatted(i, i, i, i, i);
                answers.add(callers.submit(() -> api.postText("/flowrun", run)));
            }
            for (Future<ApiClient.Response> answer : answers) {
                ApiClient.Response response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.body()).isEqualTo(200);
            }
            String shapes = apis.get(0).get("/engine-rest/process-definition/count?keyLike=flowrun_ci-notify_%25").body();
            assertThat(shapes).isEqualTo("{\"count\":1}");
        } finally {
            callers.shutdownNow();
        }
    }

    /** One after the other: on an empty database the first node creates Camunda's schema (docs/operations.md). */
    private static void startBoth(AppNode a, AppNode b) {
        a.start().awaitUp(Duration.ofMinutes(3));
        b.start().awaitUp(Duration.ofMinutes(3));
    }

    private static void submitRuns(String prefix, ClusterActions actions, AppNode a, AppNode b) {
        ApiClient first = new ApiClient(a.port());
        ApiClient.Response document = first.postText("/fsl", TestFsl.seedDemo(actions.baseUrl(), prefix + "_0"));
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        List<ApiClient> apis = List.of(first, new ApiClient(b.port()));
        IntStream.range(1, RUNS).parallel().forEach(i -> {
            ApiClient.Response run = apis.get(i % 2).postText("/flowrun", TestFsl.seedRun(prefix + "_" + i));
            assertThat(run.status()).as(run.body()).isEqualTo(200);
        });
    }

    private static void awaitAllDone(String prefix, AppNode node) {
        ApiClient api = new ApiClient(node.port());
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode runs = api.get("/flowrun?name=" + prefix + "_&size=1000").json();
            long done = 0;
            for (JsonNode run : runs) {
                done += "done".equals(run.path("state").asText()) ? 1 : 0;
            }
            return done == RUNS;
        });
    }

    /** Not one incident, open or resolved, in any of the runs' processes. */
    private static void assertNoIncidents(String prefix, AppNode node) {
        String keys = String.join(",", IntStream.range(0, RUNS).mapToObj(i -> prefix + "_" + i).toList());
        JsonNode incidents = new ApiClient(node.port()).get("/engine-rest/history/incident/count?processDefinitionKeyIn=" + keys).json();
        assertThat(incidents.path("count").asInt()).isZero();
    }

    private static void assertEveryRunPassedADBCOnce(String prefix, AppNode node, Map<String, Integer> dispatched) {
        ApiClient api = new ApiClient(node.port());
        Map<String, String> owner = new HashMap<>();
        for (int i = 0; i < RUNS; i++) {
            JsonNode run = api.get("/flowrun/" + prefix + "_" + i).json();
            assertThat(run.path("statesPassed")).extracting(JsonNode::asText).as(prefix + "_" + i).containsExactly("A", "D", "B", "C");
            List<String> uuids = new ArrayList<>();
            run.path("activations").forEach(activation -> {
                assertThat(activation.path("done").asBoolean()).isTrue();
                uuids.add(activation.path("uuid").asText());
            });
            for (String uuid : uuids) {
                assertThat(owner.put(uuid, prefix + "_" + i)).as("uuid " + uuid + " in two runs").isNull();
                assertThat(dispatched).containsKey(uuid);
            }
        }
    }
}
