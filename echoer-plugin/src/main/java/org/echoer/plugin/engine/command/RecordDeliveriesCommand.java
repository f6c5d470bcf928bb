package org.echoer.plugin.engine.command;

import org.echoer.plugin.step.StepTimeouts;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.ExternalTaskQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Records, in one transaction, that the POSTs of these steps were accepted: each step still waiting is
 * locked to this node for its step timeout, so no sweep sends it again, and marked as accepted, so that
 * the lock's running out means the callback is late, not that the POST may not have been sent. Steps
 * whose callbacks already completed them are simply not found. Returns how many it recorded.
 */
final class RecordDeliveriesCommand implements Command<Integer> {

    private final Collection<String> taskIds;
    private final String workerId;
    private final StepTimeouts timeouts;

    RecordDeliveriesCommand(Collection<String> taskIds, String workerId, StepTimeouts timeouts) {
        this.taskIds = taskIds;
        this.workerId = workerId;
        this.timeouts = timeouts;
    }

    @Override
    public Integer execute(CommandContext context) {
        ExternalTaskQueryImpl query = new ExternalTaskQueryImpl();
        query.externalTaskIdIn(new HashSet<>(taskIds));
        long now = ClockUtil.getCurrentTime().getTime();
        int extended = 0;
        for (ExternalTask task : context.getExternalTaskManager().findExternalTasksByQueryCriteria(query)) {
            // still ours: a step whose lease ran out may have been taken by another node meanwhile
            if (workerId.equals(task.getWorkerId())) {
                ExecutionEntity execution = context.getExecutionManager().findExecutionById(task.getExecutionId());
                if (execution == null) {
                    continue; // a callback on another node completed the step since the read: nothing to record
                }
                ExternalTaskEntity entity = (ExternalTaskEntity) task;
                entity.setLockExpirationTime(new Date(now + timeouts.of(task.getTopicName()).toMillis()));
                execution.setVariableLocal(StepTimeouts.acceptedMarker(task.getId()), true);
                extended++;
            }
        }
        return extended;
    }
}
