package org.echoer.plugin.dispatch;

import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.ExternalTaskQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Records, in one transaction, that the POSTs of these steps were accepted: each step still waiting is
 * locked to this node until the callback timeout, so no sweep sends it again. Steps whose callbacks
 * already completed them are simply not found. Returns how many locks it extended.
 */
final class RecordDeliveriesCommand implements Command<Integer> {

    private final Collection<String> taskIds;
    private final String workerId;
    private final long callbackTimeoutMillis;

    RecordDeliveriesCommand(Collection<String> taskIds, String workerId, long callbackTimeoutMillis) {
        this.taskIds = taskIds;
        this.workerId = workerId;
        this.callbackTimeoutMillis = callbackTimeoutMillis;
    }

    @Override
    public Integer execute(CommandContext context) {
        ExternalTaskQueryImpl query = new ExternalTaskQueryImpl();
        query.externalTaskIdIn(new HashSet<>(taskIds));
        Date until = new Date(ClockUtil.getCurrentTime().getTime() + callbackTimeoutMillis);
        int extended = 0;
        for (ExternalTask task : context.getExternalTaskManager().findExternalTasksByQueryCriteria(query)) {
            // still ours: a step whose lease ran out may have been taken by another node meanwhile
            if (workerId.equals(task.getWorkerId())) {
                ((ExternalTaskEntity) task).setLockExpirationTime(until);
                extended++;
            }
        }
        return extended;
    }
}
