package org.echoer.plugin.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.echoer.plugin.engine.NewStepsSignal;
import org.echoer.plugin.engine.parse.DrawnProcesses;
import org.echoer.plugin.engine.parse.StepDefinitions;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.observe.EchoerMetrics;
import org.echoer.plugin.step.ClaimedSteps;
import org.echoer.plugin.step.StepTimeouts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The in-process worker for every action topic. Its loop ({@link DispatchLoop}) sleeps on the engine's own
 * signal that external tasks became available (the one Camunda's REST long polling uses), so a step is
 * dispatched as soon as its transaction commits; a slow sweep catches what no signal announced (restarts,
 * other nodes, expired locks). Each step stays locked to the bridge until its callback completes it.
 * This class starts and stops the loop's thread and the timer beside it, which records accepted deliveries
 * and wakes the loop when a retry is due.
 */
public final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    /**
     * What the dispatcher knows of steps: their definitions and step timeouts, the steps locked in the
     * transactions that created them, and the drawn processes whose steps the fetch takes by definition id.
     */
    public record Steps(StepDefinitions definitions, StepTimeouts timeouts, ClaimedSteps claimed, DrawnProcesses drawn) {
    }

    /**
     * How a step's request goes out: the action client, the mapper its body is built with, the executor its
     * answer is settled on, and the recorder of accepted deliveries.
     */
    public record Sending(ActionClient client, ObjectMapper json, Executor answers, DeliveryRecorder deliveries) {
    }

    /** Who hears of dispatches: the live event stream and the meters. */
    public record Reporting(EventBus events, EchoerMetrics metrics) {
    }

    private final ClaimedSteps claimed;
    private final DeliveryRecorder deliveries;
    private final DispatchLoop rounds;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemons("echoer-dispatch-retry-"));
    private volatile boolean running;
    private Thread loop;
    private NewStepsSignal wakeUp;

    public Dispatcher(ProcessEngine engine, DispatchSettings settings, Steps steps, Sending sending, Reporting reporting) {
        this.claimed = steps.claimed();
        this.deliveries = sending.deliveries();
        ExternalTaskService externalTasks = engine.getExternalTaskService();
        FailurePolicy policy = new FailurePolicy(settings.retry());
        StepFailures failures = new StepFailures(externalTasks, settings.workerId(), reporting.events(), this::wakeAfter);
        Pacing pacing = Pacing.of(settings);
        this.rounds = new DispatchLoop(steps.claimed(), new InFlightLimit(settings.maxInFlight()), pacing,
                new StepFetcher(externalTasks, engine.getRepositoryService(), steps.drawn(), settings, pacing, this::wake),
                new StepTimeoutIncidents(engine.getRuntimeService(), steps.definitions(), steps.timeouts(), policy, failures),
                new StepSender(steps.definitions(), sending, reporting, policy, failures));
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        loop = daemons("echoer-dispatcher-").newThread(() -> rounds.run(wakeUp, () -> running));
        wakeUp = new NewStepsSignal(loop);
        claimed.onArrival(this::wake);
        long every = Math.max(1, deliveries.delay().toMillis() / 2);
        timer.scheduleWithFixedDelay(this::recordDeliveries, every, every, TimeUnit.MILLISECONDS);
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
        timer.shutdownNow();
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // before the engine stops: a restart must not send accepted steps again
        recordDeliveries(deliveries::recordAll);
    }

    /** A retry becomes due: the loop fetches it then. */
    private void wakeAfter(long millis) {
        if (running) {
            timer.schedule(this::wake, millis, TimeUnit.MILLISECONDS);
        }
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

    /** Daemons: an application that is not closed must not be kept alive by them. */
    private static CustomizableThreadFactory daemons(String namePrefix) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(namePrefix);
        threads.setDaemon(true);
        return threads;
    }
}
