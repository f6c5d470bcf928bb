package org.echoer.plugin.dispatch;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.echoer.plugin.engine.parse.StepDefinitions;
import org.echoer.plugin.observe.StepLogContext;
import org.echoer.plugin.step.StepDefinition;
import org.echoer.plugin.step.StepTimeouts;
import org.echoer.plugin.step.StepWork;

/**
 * Steps whose POST was accepted but whose callback did not come within their step timeout. Recording the
 * delivery locked such a step for that long and marked it accepted; when the fetch finds it again, its lock
 * ran out waiting, and it becomes an incident instead of being sent again (Cockpit's Retry sends it).
 */
final class StepTimeoutIncidents {

    private final RuntimeService runtime;
    private final StepDefinitions steps;
    private final StepTimeouts timeouts;
    private final FailurePolicy policy;
    private final StepFailures failures;

    StepTimeoutIncidents(RuntimeService runtime, StepDefinitions steps, StepTimeouts timeouts, FailurePolicy policy,
            StepFailures failures) {
        this.runtime = runtime;
        this.steps = steps;
        this.timeouts = timeouts;
        this.policy = policy;
        this.failures = failures;
    }

    /** Whether the fetched step's POST was accepted earlier: then its lock ran out waiting for the callback. */
    boolean acceptedEarlier(LockedExternalTask task) {
        return runtime.getVariableLocal(task.getExecutionId(), StepTimeouts.acceptedMarker(task.getId())) != null;
    }

    /** No callback within the step timeout: an incident. */
    void raise(LockedExternalTask task) {
        try (StepLogContext log = StepLogContext.of(task.getBusinessKey(), null, task.getId())) {
            StepDefinition step = steps.get(task.getProcessDefinitionId(), task.getActivityId());
            Failure failure = policy.noCallback(step, timeouts.of(step.actionName()));
            runtime.removeVariableLocal(task.getExecutionId(), StepTimeouts.acceptedMarker(task.getId()));
            failures.record(StepWork.of(task), step.stepName(), failure);
        }
    }
}
