package org.echoer.plugin.step;

import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.echoer.plugin.step.RunVariables;

/**
 * A step activation locked to this node and ready to be sent: what the dispatcher needs, whether it
 * came from a fetch or was locked in the transaction that created it.
 *
 * @param retries the external task's retries, null before the first failure
 * @param startArgs the run's start arguments (JSON text) or null
 * @param globals the run's global variables (JSON text) or null
 * @param readyNanos when the step became ready to send ({@link System#nanoTime()}): its transaction committed,
 *     or a fetch found it
 */
public record StepWork(String taskId, String processDefinitionId, String activityId, String flowId, Integer retries,
        Object startArgs, Object globals, long readyNanos) {

    public static StepWork of(LockedExternalTask task) {
        return new StepWork(task.getId(), task.getProcessDefinitionId(), task.getActivityId(), task.getBusinessKey(),
                task.getRetries(), task.getVariables().get(RunVariables.START_ARGS), task.getVariables().get(RunVariables.GLOBALS),
                System.nanoTime());
    }

    /** The same work, ready from now on. */
    public StepWork readyNow() {
        return new StepWork(taskId, processDefinitionId, activityId, flowId, retries, startArgs, globals, System.nanoTime());
    }
}
