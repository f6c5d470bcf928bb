package org.echoer.plugin.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.util.SingleConsumerCondition;
import org.echoer.fsl.bpmn.ExtensionProperties;
import org.echoer.plugin.definition.StepDefinition;
import org.echoer.plugin.definition.StepDefinitions;
import org.echoer.plugin.event.EchoerEvent;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.event.EventType;
import org.echoer.plugin.run.RunVariables;
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
    private final StepDefinitions steps;
    private final ActionClient client;
    private final GoCompatibleJson bodies;
    private final ObjectMapper json;
    private final EventBus events;
    private final DispatchSettings settings;
    private final Executor settleExecutor;
    private final Semaphore inFlight;
    private final ScheduledExecutorService retryTimer = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "echoer-dispatch-retry"));
    private volatile boolean running;
    private Thread loop;
    private SingleConsumerCondition wakeUp;

    public Dispatcher(ExternalTaskService externalTasks, StepDefinitions steps, ActionClient client, ObjectMapper json,
            EventBus events, DispatchSettings settings, Executor settleExecutor) {
        this.externalTasks = externalTasks;
        this.steps = steps;
        this.client = client;
        this.bodies = new GoCompatibleJson(json);
        this.json = json;
        this.events = events;
        this.settings = settings;
        this.settleExecutor = settleExecutor;
        this.inFlight = new Semaphore(settings.maxInFlight());
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        loop = daemon(this::run, "echoer-dispatcher");
        wakeUp = new SingleConsumerCondition(loop);
        ProcessEngineImpl.EXT_TASK_CONDITIONS.addConsumer(wakeUp);
        loop.start();
    }

    /** Makes the dispatcher look for work now. */
    public void wake() {
        SingleConsumerCondition condition = wakeUp;
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
        ProcessEngineImpl.EXT_TASK_CONDITIONS.removeConsumer(wakeUp);
        wake();
        retryTimer.shutdownNow();
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (running) {
            try {
                int fetched = fetchAndDispatch();
                if (fetched < settings.batchSize()) {
                    wakeUp.await(settings.sweepInterval().toMillis());
                }
            } catch (Throwable e) { // the loop must outlive any single failure; the sweep retries
                LOG.warn("dispatch round failed, trying again after the sweep interval", e);
                sleep(settings.sweepInterval().toMillis());
            }
        }
    }

    private int fetchAndDispatch() throws InterruptedException {
        inFlight.acquire();
        int permits = 1 + inFlight.drainPermits();
        int wanted = Math.min(settings.batchSize(), permits);
        List<LockedExternalTask> tasks = List.of();
        try {
            List<String> topics = externalTasks.getTopicNames(false, true, true);
            if (!topics.isEmpty()) {
                ExternalTaskQueryBuilder fetch = externalTasks.fetchAndLock(wanted, settings.workerId());
                for (String topic : topics) {
                    fetch.topic(topic, settings.lease().toMillis())
                            .processDefinitionVersionTag(ExtensionProperties.VERSION_TAG)
                            .variables(RunVariables.GLOBALS, RunVariables.START_ARGS);
                }
                tasks = fetch.execute();
            }
        } finally {
            inFlight.release(permits - tasks.size());
        }
        for (LockedExternalTask task : tasks) {
            dispatch(task);
        }
        return tasks.size();
    }

    private void dispatch(LockedExternalTask task) {
        StepDefinition step;
        byte[] body;
        try {
            step = steps.get(task.getProcessDefinitionId(), task.getActivityId());
            body = bodies.write(DispatchBody.of(step, task.getBusinessKey(), task.getId(),
                    parse(task.getVariables().get(RunVariables.START_ARGS)), parse(task.getVariables().get(RunVariables.GLOBALS)),
                    json));
        } catch (RuntimeException e) {
            inFlight.release();
            fail(task, null, "cannot build the request for step " + task.getActivityId() + ": " + e.getMessage(), 0);
            return;
        }
        client.post(step, body).whenComplete((call, error) -> settleExecutor.execute(() -> {
            try {
                settle(task, step, call, error);
            } finally {
                inFlight.release();
            }
        }));
    }

    private void settle(LockedExternalTask task, StepDefinition step, ActionCall call, Throwable error) {
        if (error == null && call.accepted()) {
            keepLockedUntilCallback(task);
            events.publish(EchoerEvent.step(EventType.STEP_DISPATCHED, task.getBusinessKey(), step.stepName(), task.getId(), null));
            return;
        }
        String why = error != null ? error.toString() : String.join("; ", call.failures());
        int retriesLeft = settings.retry().retriesAfterFailure(task.getRetries());
        fail(task, step, "action '" + step.actionName() + "' failed: " + why, retriesLeft);
    }

    private void keepLockedUntilCallback(LockedExternalTask task) {
        try {
            externalTasks.extendLock(task.getId(), settings.workerId(), settings.callbackTimeout().toMillis());
        } catch (ProcessEngineException completedOrLockedByOthers) {
            // the callback arrived before the POST returned and completed the step: nothing left to lock
            LOG.debug("step {} needs no lock any more: {}", task.getId(), completedOrLockedByOthers.getMessage());
        }
    }

    private void fail(LockedExternalTask task, StepDefinition step, String message, int retriesLeft) {
        long waitMillis = settings.retry().waitBefore(retriesLeft).toMillis();
        String shortMessage = message.length() > 600 ? message.substring(0, 600) + "..." : message;
        try {
            externalTasks.handleFailure(task.getId(), settings.workerId(), shortMessage, message, retriesLeft, waitMillis);
        } catch (ProcessEngineException gone) {
            LOG.debug("step {} went away before its failure was recorded: {}", task.getId(), gone.getMessage());
            return;
        }
        if (retriesLeft > 0) {
            LOG.info("{} (flow run {}); retrying in {} ms, {} retries left", shortMessage, task.getBusinessKey(), waitMillis,
                    retriesLeft);
            retryTimer.schedule(this::wake, waitMillis + 5, TimeUnit.MILLISECONDS);
        } else {
            LOG.warn("{} (flow run {}); no retries left: incident raised", shortMessage, task.getBusinessKey());
            events.publish(EchoerEvent.step(EventType.FLOW_RUN_FAILED, task.getBusinessKey(),
                    step != null ? step.stepName() : task.getActivityId(), task.getId(), null));
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
