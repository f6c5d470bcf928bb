package org.echoer.plugin.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * Camunda's handler of failed external tasks' incidents, asked to resolve one only where one can exist.
 * Completing an external task resolves its incidents, and Camunda looks them up to do it: one query per
 * step. Camunda raises that incident when a task runs out of retries and resolves it when it gets some again
 * ({@code ExternalTaskEntity.setRetriesAndManageIncidents}), so a task in this transaction that has retries
 * left has none; any other task is asked about as before.
 */
final class FailedStepIncidents extends DefaultIncidentHandler {

    private FailedStepIncidents() {
        super(Incident.EXTERNAL_TASK_HANDLER_TYPE);
    }

    /** After the engine's handlers are made; leaves them alone if the application replaced Camunda's own. */
    static void install(ProcessEngineConfigurationImpl configuration) {
        IncidentHandler current = configuration.getIncidentHandlers().get(Incident.EXTERNAL_TASK_HANDLER_TYPE);
        if (current != null && current.getClass() == DefaultIncidentHandler.class) {
            configuration.getIncidentHandlers().put(Incident.EXTERNAL_TASK_HANDLER_TYPE, new FailedStepIncidents());
        }
    }

    @Override
    public void resolveIncident(IncidentContext context) {
        if (mayHaveIncident(context)) {
            super.resolveIncident(context);
        }
    }

    @Override
    public void deleteIncident(IncidentContext context) {
        if (mayHaveIncident(context)) {
            super.deleteIncident(context);
        }
    }

    private static boolean mayHaveIncident(IncidentContext context) {
        String taskId = context.getConfiguration();
        ExternalTaskEntity task = taskId == null ? null
                : Context.getCommandContext().getDbEntityManager().getCachedEntity(ExternalTaskEntity.class, taskId);
        return task == null || !task.areRetriesLeft();
    }
}
