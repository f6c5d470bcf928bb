package org.echoer.plugin.dispatch;

import java.time.Duration;
import org.echoer.plugin.step.StepDefinition;

/**
 * What a failed dispatch leads to, and the message it leaves: an answer no address accepted is tried again
 * on the {@link RetrySchedule}; what trying again cannot mend (an address the policy refuses, a request that
 * cannot be built, a callback that never came) is an incident at once, which Cockpit's Retry judges again.
 */
final class FailurePolicy {

    private final RetrySchedule retry;

    FailurePolicy(RetrySchedule retry) {
        this.retry = retry;
    }

    /**
     * The POST reached no address that accepted it.
     *
     * @param retriesBefore the step's retries before this attempt, null when it had not failed yet
     * @param error how the POST failed outright, or null when {@code call} tells how each address answered
     */
    Failure actionFailed(StepDefinition step, Integer retriesBefore, ActionCall call, Throwable error) {
        String why = error != null ? error.toString() : String.join("; ", call.failures());
        // addresses the policy refuses stay refused: an incident at once, Cockpit's Retry judges them again
        int retriesLeft = error == null && call.refused() ? 0 : retry.retriesAfterFailure(retriesBefore);
        return failure("action '" + step.actionName() + "' failed: " + why, retriesLeft);
    }

    /** The step's request could not be built: building it again would fail the same way. */
    Failure requestNotBuilt(String activityId, RuntimeException cause) {
        return failure("cannot build the request for step " + activityId + ": " + cause.getMessage(), 0);
    }

    /** The action accepted the step, but no callback came within its step timeout. */
    Failure noCallback(StepDefinition step, Duration stepTimeout) {
        return failure("step '" + step.stepName() + "' got no callback within " + stepTimeout + " after action '"
                + step.actionName() + "' accepted it (step timeout)", 0);
    }

    private Failure failure(String message, int retriesLeft) {
        return new Failure(message, retriesLeft, retry.waitBefore(retriesLeft).toMillis());
    }
}
