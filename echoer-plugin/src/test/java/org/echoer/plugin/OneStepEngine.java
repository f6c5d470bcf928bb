package org.echoer.plugin;

import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;

/** A real engine on its own in-memory H2 database, with process "step": one external task "A" on topic "a". */
public final class OneStepEngine {

    private OneStepEngine() {
    }

    /** The built engine's configuration (its command executors); the engine is {@code getProcessEngine()}. */
    public static ProcessEngineConfigurationImpl build(String name) {
        String unique = name + "_" + UUID.randomUUID();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) new StandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:" + unique + ";DB_CLOSE_DELAY=-1")
                .setProcessEngineName(unique)
                .setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL)
                .setJobExecutorActivate(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addModelInstance("step.bpmn", Bpmn.createExecutableProcess("step").camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask("A").camundaExternalTask("a").endEvent().done())
                .deploy();
        return configuration;
    }
}
