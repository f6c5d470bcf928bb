package org.echoer.plugin.dispatch;

import org.echoer.plugin.engine.command.EngineCommands;
import org.echoer.plugin.step.StepTimeouts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes accepted dispatches durable: a step whose POST was accepted stays locked to this node until its
 * callback, instead of the short lease that lets another node send it again after a crash.
 *
 * <p>Most services call back within milliseconds, and their callback completes the step; extending the
 * lock first would cost one more transaction per step, for nothing. So deliveries wait here for
 * {@code delay} and are then recorded together, in one transaction, for the steps still waiting. The
 * delay must stay well below the lease: it widens the window in which a crash leaves a delivered step to
 * be sent again (with the same uuid), which is what the lease already allows.
 */
public final class DeliveryRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryRecorder.class);
    private static final int ATTEMPTS = 3;

    private final EngineCommands commands;
    private final String workerId;
    private final StepTimeouts timeouts;
    private final Duration delay;
    private final Map<String, Step> steps = new ConcurrentHashMap<>();

    /**
     * What this node knows of one step: when its POST was accepted (if it was), and how many of its
     * callbacks are being taken right now.
     */
    private record Step(boolean accepted, long acceptedAtNanos, int callbacksBeingTaken) {

        boolean dueAt(long nowNanos, Duration delay) {
            return accepted && callbacksBeingTaken == 0 && nowNanos - acceptedAtNanos >= delay.toNanos();
        }
    }

    public DeliveryRecorder(EngineCommands commands, String workerId, StepTimeouts timeouts, Duration delay) {
        this.commands = commands;
        this.workerId = workerId;
        this.timeouts = timeouts;
        this.delay = delay;
    }

    Duration delay() {
        return delay;
    }

    /** The step's POST was accepted: record it once the delay has passed, unless its callback settles it. */
    public void accepted(String taskId) {
        long now = System.nanoTime();
        steps.compute(taskId, (id, step) -> new Step(true, now, step == null ? 0 : step.callbacksBeingTaken()));
    }

    /**
     * The step's callback has arrived. It completes the step or, as a heartbeat, locks it itself, so
     * recording the delivery meanwhile would be work for nothing and a race with the callback's own
     * transaction (under load a callback can wait longer than the delay for its commit). A service may
     * call back before its answer to the POST is read here: the delivery accepted meanwhile waits too.
     */
    public void callbackArrived(String taskId) {
        steps.compute(taskId, (id, step) -> step == null ? new Step(false, 0, 1)
                : new Step(step.accepted(), step.acceptedAtNanos(), step.callbacksBeingTaken() + 1));
    }

    /**
     * The callback has been taken. If it completed the step or locked it as a heartbeat, nothing is left to
     * record; if it was refused, the step still waits and an accepted delivery is recorded as before.
     */
    public void callbackTaken(String taskId, boolean stepSettled) {
        steps.computeIfPresent(taskId, (id, step) -> {
            int stillBeingTaken = step.callbacksBeingTaken() - 1;
            boolean accepted = step.accepted() && !stepSettled;
            return accepted || stillBeingTaken > 0 ? new Step(accepted, step.acceptedAtNanos(), stillBeingTaken) : null;
        });
    }

    /** Records the deliveries that have waited long enough. */
    void recordDue() {
        long now = System.nanoTime();
        record(due(step -> step.dueAt(now, delay)));
    }

    /** Records every accepted delivery now: the node is stopping. */
    void recordAll() {
        record(due(Step::accepted));
    }

    private List<String> due(java.util.function.Predicate<Step> isDue) {
        List<String> due = new ArrayList<>();
        steps.forEach((taskId, step) -> {
            if (isDue.test(step) && steps.remove(taskId, step)) {
                due.add(taskId);
            }
        });
        return due;
    }

    private void record(List<String> taskIds) {
        if (taskIds.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                commands.recordDeliveries(taskIds, workerId, timeouts);
                return;
            } catch (OptimisticLockingException completedMeanwhile) {
                // a callback completed one of them between read and write: read again, it is gone now
                if (attempt == ATTEMPTS) {
                    LOG.warn("could not record {} accepted dispatches; their lease decides", taskIds.size(), completedMeanwhile);
                    return;
                }
            }
        }
    }
}
