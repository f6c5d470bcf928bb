package org.echoer.webapp.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.echoer.webapp.support.ApiClient.Response;
import org.echoer.webapp.support.RecordingActionServer.Received;

/**
 * What both endpoint test classes share: FSL for two actions on the recording server, a two-step
 * flow (A then D) over them, unique names, waiting for a dispatch and sending a callback.
 */
public final class Fixture {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final ApiClient api;
    private final RecordingActionServer server;
    private final ExternalTaskService externalTasks;

    public Fixture(ApiClient api, RecordingActionServer server) {
        this(api, server, null);
    }

    /**
     * @param externalTasks the application's own engine, to read a step's lock from; without it, Camunda's REST
     *     API is asked, which finds the JVM's engine named "default"
     */
    public Fixture(ApiClient api, RecordingActionServer server, ExternalTaskService externalTasks) {
        this.api = api;
        this.server = server;
        this.externalTasks = externalTasks;
    }

    /** A name no other test uses, also across test classes sharing the application. */
    public static String unique(String base) {
        return base + "_" + COUNTER.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 6);
    }

    public String action(String name, String states) {
        return """
                action %s
                    addr = "%s";
                    method = http;
                    args = (str project, int retry_count);
                    return = (%s);
                action_end
                """.formatted(name, server.url("/" + name), states);
    }

    /** {@code PREFIX_ci} (SUCCESS | FAIL) and {@code PREFIX_approve} (AGREE | REJECT), at /PREFIX/ci and /PREFIX/approve. */
    public String actions(String prefix) {
        return """
                action %1$s_ci
                    addr = "%2$s";
                    method = http;
                    args = (str project, int retry_count);
                    return = (SUCCESS | FAIL);
                action_end
                /
                action %1$s_approve
                    addr = "%3$s";
                    method = http;
                    args = (str work_order);
                    return = (AGREE | REJECT);
                action_end
                """.formatted(prefix, server.url("/" + prefix + "/ci"), server.url("/" + prefix + "/approve"));
    }

    /** Deploys {@link #actions} under a fresh prefix and returns the prefix. */
    public String deployActions() {
        String prefix = unique("p");
        Response posted = api.postText("/fsl", actions(prefix));
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        return prefix;
    }

    public String flow(String prefix, String name) {
        return """
                flow %1$s
                    step A => (SUCCESS->D | FAIL->A) { action = %2$s_ci; };
                    step D => (AGREE->done | REJECT->done) { action = %2$s_approve; };
                flow_end
                """.formatted(name, prefix);
    }

    public String flowRun(String prefix, String name) {
        return """
                flow_run %1$s
                    step A => (SUCCESS->D | FAIL->A) {
                        action = %2$s_ci;
                        args = (project="echoer", retry_count=3);
                    };
                    step D => (AGREE->done | REJECT->done) {
                        action = "%2$s_approve";
                        args = (work_order="wo-1");
                    };
                flow_run_end
                """.formatted(name, prefix);
    }

    /** Posts a fresh flow run over the prefix's actions; returns its name. */
    public String startRun(String prefix) {
        return runNamed(prefix, unique("run"));
    }

    /** Posts a flow run of that name over the prefix's actions; returns the name. */
    public String runNamed(String prefix, String run) {
        Response posted = api.postFsl("/flowrun", flowRun(prefix, run));
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        return run;
    }

    /** Posts the flow run and answers A with SUCCESS and D with AGREE; returns the name once the run is done. */
    public String runToDone(String prefix, String run) {
        runNamed(prefix, run);
        Received a = awaitDispatch(run, "A");
        assertThat(callback(run, "A", "SUCCESS", a.uuid(), true).status()).isEqualTo(200);
        Received d = awaitDispatch(run, "D");
        assertThat(callback(run, "D", "AGREE", d.uuid(), true).status()).isEqualTo(200);
        assertThat(api.get("/flowrun/" + run).json().path("state").asText()).isEqualTo("done");
        return run;
    }

    /** The first request the action server received for that step of that run. */
    public Received awaitDispatch(String run, String step) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> server.received().stream()
                        .filter(r -> run.equals(r.json().path("flowId").asText()) && step.equals(r.stepName()))
                        .findFirst().orElse(null), r -> r != null);
    }

    /**
     * The step's dispatch once the bridge has recorded that the action accepted it: its lock then runs for
     * the callback timeout (days), as Camunda's REST API shows. Lifecycle requests sent before that race
     * with the dispatcher's own update of the step.
     */
    public Received awaitAccepted(String run, String step) {
        Received request = awaitDispatch(run, step);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> lockedForDays(request.uuid()));
        return request;
    }

    private boolean lockedForDays(String externalTaskId) {
        if (externalTasks != null) {
            ExternalTask task = externalTasks.createExternalTaskQuery().externalTaskId(externalTaskId).singleResult();
            return task != null && task.getLockExpirationTime() != null
                    && task.getLockExpirationTime().toInstant().isAfter(java.time.Instant.now().plus(Duration.ofHours(1)));
        }
        String until = api.get("/engine-rest/external-task/" + externalTaskId).json().path("lockExpirationTime").asText("");
        return !until.isEmpty() && OffsetDateTime.parse(until, CAMUNDA_DATE).isAfter(OffsetDateTime.now().plusHours(1));
    }

    public Response callback(String run, String step, String state, String uuid, boolean done) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("flowId", run);
        body.put("stepName", step);
        if (state != null) {
            body.put("ackState", state);
        }
        body.put("uuid", uuid);
        body.put("done", done);
        return api.postJson("/step", body);
    }
}
