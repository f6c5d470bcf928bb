package org.echoer.plugin.engine.parse;

import org.echoer.plugin.step.StepWork;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ParameterValueProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.echoer.plugin.step.RunVariables;

/**
 * An external service task that is locked to the bridge in the very transaction that creates it, and
 * handed to the dispatcher once that transaction commits: no fetch-and-lock round trip per step. If
 * the node dies before the POST, the lock's lease runs out and any node's sweep dispatches the step
 * (same uuid).
 */
final class LockOnCreateBehavior extends ExternalTaskActivityBehavior {

    private final String workerId;
    private final long leaseMillis;
    private final Consumer<StepWork> afterCommit;

    LockOnCreateBehavior(ParameterValueProvider topic, ParameterValueProvider priority, String workerId, long leaseMillis,
            Consumer<StepWork> afterCommit) {
        super(topic, priority);
        this.workerId = workerId;
        this.leaseMillis = leaseMillis;
        this.afterCommit = afterCommit;
    }

    @Override
    public void execute(ActivityExecution execution) throws Exception {
        super.execute(execution);
        CommandContext context = Context.getCommandContext();
        ExecutionEntity entity = (ExecutionEntity) execution;
        for (ExternalTaskEntity task : context.getDbEntityManager().getCachedEntitiesByType(ExternalTaskEntity.class)) {
            if (entity.getId().equals(task.getExecutionId()) && task.getWorkerId() == null) {
                task.lock(workerId, leaseMillis); // still to be inserted: the INSERT carries the lock
                StepWork work = new StepWork(task.getId(), task.getProcessDefinitionId(), task.getActivityId(),
                        entity.getProcessBusinessKey(), null, entity.getVariable(RunVariables.START_ARGS),
                        entity.getVariable(RunVariables.GLOBALS), 0);
                context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> afterCommit.accept(work.readyNow()));
                return;
            }
        }
    }
}
