package org.echoer.plugin.dispatch;

import org.echoer.plugin.engine.parse.DrawnProcesses;
import org.echoer.plugin.step.ClaimedSteps;
import org.echoer.plugin.step.StepWork;
import org.echoer.plugin.step.StepTimeouts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.echoer.plugin.engine.NewStepsSignal;
import org.echoer.fsl.bpmn.ExtensionProperties;
import org.echoer.plugin.step.StepDefinition;
import org.echoer.plugin.engine.parse.StepDefinitions;
import org.echoer.plugin.event.EchoerEvent;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.event.EventType;
import org.echoer.plugin.observe.EchoerMetrics;
import org.echoer.plugin.observe.StepLogContext;
import org.echoer.plugin.step.RunVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process worker for every action topic. It sleeps on the engine's own signal that external
 * tasks became available (the one Camunda's REST long polling uses), so a step is dispatched as soon as
 * its transaction commits; a slow sweep catches what no signal announced (restarts, other nodes,
 * expired locks). Each step stays locked to the bridge until its callback completes it.
 */
public final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final ExternalTaskService externalTasks;
    private final RuntimeService runtime;
    private final StepTimeouts timeouts;
    private final StepDefinitions steps;
    private final ActionClient client;
    private final GoCompatibleJson bodies;
    private final ObjectMapper json;
    private final EventBus events;
    private final DispatchSettings settings;
    private final Executor settleExecutor;
    private final Semaphore inFlight;
    private final ClaimedSteps claimed;
    private final DeliveryRecorder deliveries;
    private final EchoerMetrics metrics;
    private final DrawnProcesses drawn;
    private final RepositoryService repository;
    private long lastFetchNanos;
    private long lastDiscoveryNanos;
    private final ScheduledExecutorService retryTimer = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "echoer-dispatch-retry"));
    private volatile boolean running;
    private Thread loop;
    private NewStepsSignal wakeUp;

    public Dispatcher(ExternalTaskService externalTasks, RuntimeService runtime, StepTimeouts timeouts, StepDefinitions steps, ActionClient client, ObjectMapper json,
            EventBus events, DispatchSettings settings, Executor settleExecutor, ClaimedSteps claimed,
            DeliveryRecorder deliveries, EchoerMetrics metrics, DrawnProcesses drawn, RepositoryService repository) {
        this.externalTasks = externalTasks;
        this.runtime = runtime;
        this.timeouts = timeouts;
        this.steps = steps;
        this.client = client;
        this.bodies = new GoCompatibleJson(json);
        this.json = json;
        this.events = events;
        this.settings = settings;
        this.settleExecutor = settleExecutor;
        this.inFlight = new Semaphore(settings.maxInFlight());
        this.claimed = claimed;
        this.deliveries = deliveries;
        this.metrics = metrics;
        this.drawn = drawn;
        this.repository = repository;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        loop = daemon(this::run, "echoer-dispatcher");
        wakeUp = new NewStepsSignal(loop);
        claimed.onArrival(this::wake);
        long every = Math.max(1, deliveries.delay().toMillis() / 2);
        retryTimer.scheduleWithFixedDelay(this::recordDeliveries, every, every, TimeUnit.MILLISECONDS);
        loop.start();
    }

    /** Whether the dispatcher's loop is alive. */
    public boolean isRunning() {
        Thread thread = loop;
        return running && thread != null && thread.isAlive();
    }

    /** Makes the dispatcher look for work now. */
    public void wake() {
        NewStepsSignal condition = wakeUp;
        if (condition != null) {
            condition.signal();
        }
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        wakeUp.close();
        wake();
        retryTimer.shutdownNow();
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // before the engine stops: a restart must not send accepted steps again
        recordDeliveries(deliveries::recordAll);
    }

    private void recordDeliveries() {
        recordDeliveries(deliveries::recordDue);
    }

    /** The timer must go on, and a shutdown must finish: the lease covers what was not recorded. */
    private static void recordDeliveries(Runnable record) {
        try {
            record.run();
        } catch (RuntimeException e) {
            LOG.warn("recording accepted dispatches failed ({}); their lease decides", e.getMessage());
            LOG.debug("recording accepted dispatches failed", e);
        }
    }

    private void run() {
        while (running) {
            try {
                dispatchClaimed();
                long sinceFetch = Duration.ofNanos(System.nanoTime() - lastFetchNanos).toMillis();
                long gap = settings.minFetchGap().toMillis();
                if (sinceFetch < gap) {
                    wakeUp.await(gap - sinceFetch);
                } else if (fetchAndDispatch() < settings.batchSize()) {
                    wakeUp.await(settings.sweepInterval().toMillis());
                }
            } catch (Throwable e) { // the loop must outlive any single failure; the sweep retries
                LOG.warn("dispatch round failed, trying again after the sweep interval", e);
                sleep(settings.sweepInterval().toMillis());
            }
        }
    }

    /** Steps locked by the transactions that created them: no fetch needed. */
    private void dispatchClaimed() throws InterruptedException {
        for (StepWork work = claimed.poll(); work != null && running; work = claimed.poll()) {
            inFlight.acquire();
            dispatch(work);
        }
    }

    private int fetchAndDispatch() throws InterruptedException {
        inFlight.acquire();
        int permits = 1 + inFlight.drainPermits();
        int wanted = Math.min(settings.batchSize(), permits);
        List<LockedExternalTask> tasks = new ArrayList<>();
        lastFetchNanos = System.nanoTime();
        try {
            List<String> topics = externalTasks.getTopicNames(false, true, true);
            if (!topics.isEmpty()) {
                tasks.addAll(fetch(topics, wanted, topic -> topic.processDefinitionVersionTag(ExtensionProperties.VERSION_TAG)));
                if (tasks.size() < wanted && !drawn.isEmpty()) {
                    String[] drawnIds = drawn.ids();
                    tasks.addAll(fetch(topics, wanted - tasks.size(), topic -> topic.processDefinitionIdIn(drawnIds)));
                }
                if (tasks.size() < wanted) {
                    discoverDrawnProcesses();
                }
            }
        } finally {
            inFlight.release(permits - tasks.size());
        }
        for (LockedExternalTask task : tasks) {
            if (accepted(task)) {
                inFlight.release();
                callbackTimedOut(task);
            } else {
                dispatch(StepWork.of(task));
            }
        }
        return tasks.size();
    }

    private List<LockedExternalTask> fetch(List<String> topics, int max, UnaryOperator<ExternalTaskQueryTopicBuilder> filter) {
        ExternalTaskQueryBuilder fetch = externalTasks.fetchAndLock(max, settings.workerId());
        for (String topic : topics) {
            filter.apply(fetch.topic(topic, settings.lease().toMillis())).variables(RunVariables.GLOBALS, RunVariables.START_ARGS);
        }
        return fetch.execute();
    }

    /**
     * Once per sweep interval, when a fetch left work behind: the steps no fetch took may belong to
     * processes drawn by hand that this node has not parsed yet (deployed by another node, or before a
     * restart). What else waits there is other workers' and stays theirs.
     */
    private void discoverDrawnProcesses() {
        long now = System.nanoTime();
        if (now - lastDiscoveryNanos < settings.sweepInterval().toNanos()) {
            return;
        }
        lastDiscoveryNanos = now;
        List<String> definitionIds = externalTasks.createExternalTaskQuery().notLocked().withRetriesLeft().active()
                .listPage(0, settings.batchSize()).stream().map(ExternalTask::getProcessDefinitionId).toList();
        int known = drawn.ids().length;
        drawn.discover(definitionIds, repository);
        if (drawn.ids().length > known) {
            wake();
        }
    }

    /** Whether the step's POST was accepted earlier: then its lock ran out waiting for the callback. */
    private boolean accepted(LockedExternalTask task) {
        return runtime.getVariableLocal(task.getExecutionId(), StepTimeouts.acceptedMarker(task.getId())) != null;
    }

    /** No callback within the step timeout: an incident (Cockpit's Retry sends the step again). */
    private void callbackTimedOut(LockedExternalTask task) {
        try (StepLogContext log = StepLogContext.of(task.getBusinessKey(), null, task.getId())) {
            StepDefinition step = steps.get(task.getProcessDefinitionId(), task.getActivityId());
            String message = "step '" + step.stepName() + "' got no callback within " + timeouts.of(step.actionName())
                    + " after action '" + step.actionName() + "' accepted it (step timeout)";
            runtime.removeVariableLocal(task.getExecutionId(), StepTimeouts.acceptedMarker(task.getId()));
            fail(StepWork.of(task), step, message, 0);
        }
    }

    private void dispatch(StepWork work) {
        StepDefinition step;
        byte[] body;
        try (StepLogContext log = StepLogContext.of(work.flowId(), null, work.taskId())) {
            try {
                step = steps.get(work.processDefinitionId(), work.activityId());
                body = bodies.write(DispatchBody.of(step, work.flowId(), work.taskId(), parse(work.startArgs()), parse(work.globals()), json));
            } catch (RuntimeException e) {
                inFlight.release();
                fail(work, null, "cannot build the request for step " + work.activityId() + ": " + e.getMessage(), 0);
                return;
            }
        }
        // announced as the request leaves: a service may call back before it answers
        events.publish(EchoerEvent.step(EventType.STEP_DISPATCHED, work.flowId(), step.stepName(), work.taskId(), null));
        metrics.dispatching(work.readyNanos());
        long sentNanos = System.nanoTime();
        client.post(step, body).whenComplete((call, error) -> settleExecutor.execute(() -> {
            try (StepLogContext log = StepLogContext.of(work.flowId(), step.stepName(), work.taskId())) {
                metrics.dispatched(step.actionName(), error == null && call.accepted(), Duration.ofNanos(System.nanoTime() - sentNanos));
                settle(work, step, call, error);
            } finally {
                inFlight.release();
            }
        }));
    }

    private void settle(StepWork work, StepDefinition step, ActionCall call, Throwable error) {
        if (error == null && call.accepted()) {
            LOG.debug("step accepted by {}", call.acceptedBy());
            keepLockedUntilCallback(work);
            return;
        }
        String why = error != null ? error.toString() : String.join("; ", call.failures());
        // addresses the policy refuses stay refused: an incident at once, Cockpit's Retry judges them again
        int retriesLeft = error == null && call.refused() ? 0 : settings.retry().retriesAfterFailure(work.retries());
        fail(work, step, "action '" + step.actionName() + "' failed: " + why, retriesLeft);
    }

    private void keepLockedUntilCallback(StepWork work) {
        deliveries.accepted(work.taskId());
    }

    private void fail(StepWork work, StepDefinition step, String message, int retriesLeft) {
        long waitMillis = settings.retry().waitBefore(retriesLeft).toMillis();
        String shortMessage = message.length() > 600 ? message.substring(0, 600) + "..." : message;
        try {
            externalTasks.handleFailure(work.taskId(), settings.workerId(), shortMessage, message, retriesLeft, waitMillis);
        } catch (ProcessEngineException gone) {
            LOG.debug("step {} went away before its failure was recorded: {}", work.taskId(), gone.getMessage());
            return;
        }
        if (retriesLeft > 0) {
            LOG.info("{} (flow run {}); retrying in {} ms, {} retries left", shortMessage, work.flowId(), waitMillis, retriesLeft);
            if (running) {
                retryTimer.schedule(this::wake, waitMillis + 5, TimeUnit.MILLISECONDS);
            }
        } else {
            LOG.warn("{} (flow run {}); no retries left: incident raised", shortMessage, work.flowId());
            events.publish(EchoerEvent.step(EventType.FLOW_RUN_FAILED, work.flowId(),
                    step != null ? step.stepName() : work.activityId(), work.taskId(), null));
        }
    }

    private JsonNode parse(Object variable) {
        if (!(variable instanceof String text)) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }
}
