package org.echoer.plugin.dispatch;

import java.time.Duration;
import org.echoer.plugin.dispatch.InFlightLimit.Permit;
import org.echoer.plugin.engine.parse.StepDefinitions;
import org.echoer.plugin.event.EchoerEvent;
import org.echoer.plugin.event.EventType;
import org.echoer.plugin.observe.StepLogContext;
import org.echoer.plugin.step.StepDefinition;
import org.echoer.plugin.step.StepWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one step: builds its request, announces it, POSTs it, and settles the answer on the settle
 * executor. Accepted, the step waits for its callback and its delivery is recorded; otherwise it is a
 * failure. The step's permit is given back once its answer is settled, or at once when its request could
 * not be built or sent.
 */
final class StepSender {

    /** The dispatcher's logger: operators set one level for all of its parts. */
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final StepDefinitions steps;
    private final DispatchBodyWriter bodies;
    private final Dispatcher.Sending sending;
    private final Dispatcher.Reporting reporting;
    private final FailurePolicy policy;
    private final StepFailures failures;

    StepSender(StepDefinitions steps, Dispatcher.Sending sending, Dispatcher.Reporting reporting, FailurePolicy policy,
            StepFailures failures) {
        this.steps = steps;
        this.bodies = new DispatchBodyWriter(sending.json());
        this.sending = sending;
        this.reporting = reporting;
        this.policy = policy;
        this.failures = failures;
    }

    void send(StepWork work, Permit permit) {
        StepDefinition step;
        byte[] body;
        try (StepLogContext log = StepLogContext.of(work.flowId(), null, work.taskId())) {
            try {
                step = steps.get(work.processDefinitionId(), work.activityId());
                body = bodies.write(step, work);
            } catch (RuntimeException e) {
                permit.release();
                failures.record(work, null, policy.requestNotBuilt(work.activityId(), e));
                return;
            }
        }
        try {
            post(work, step, body, permit);
        } catch (RuntimeException notSent) {
            permit.release(); // no answer will come to settle it
            throw notSent;
        }
    }

    private void post(StepWork work, StepDefinition step, byte[] body, Permit permit) {
        // announced as the request leaves: a service may call back before it answers
        reporting.events().publish(EchoerEvent.step(EventType.STEP_DISPATCHED, work.flowId(), step.stepName(), work.taskId(), null));
        reporting.metrics().dispatching(work.readyNanos());
        long sentNanos = System.nanoTime();
        sending.client().post(step, body).whenComplete((call, error) -> sending.answers().execute(() -> {
            try (StepLogContext log = StepLogContext.of(work.flowId(), step.stepName(), work.taskId())) {
                reporting.metrics().dispatched(step.actionName(), error == null && call.accepted(),
                        Duration.ofNanos(System.nanoTime() - sentNanos));
                settle(work, step, call, error);
            } finally {
                permit.release();
            }
        }));
    }

    private void settle(StepWork work, StepDefinition step, ActionCall call, Throwable error) {
        if (error == null && call.accepted()) {
            LOG.debug("step accepted by {}", call.acceptedBy());
            sending.deliveries().accepted(work.taskId()); // recorded shortly, unless its callback settles it first
            return;
        }
        failures.record(work, step.stepName(), policy.actionFailed(step, work.retries(), call, error));
    }
}
