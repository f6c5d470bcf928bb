package org.echoer.plugin.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real engine on in-memory H2 with echoer's handler of failed steps' incidents: every incident still goes when it should. */
class FailedStepIncidentsTest {

    private ProcessEngine engine;
    private ExternalTaskService tasks;

    @BeforeEach
    void start() {
        String unique = "incidents_" + UUID.randomUUID();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) new StandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:" + unique + ";DB_CLOSE_DELAY=-1")
                .setProcessEngineName(unique)
                .setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL)
                .setJobExecutorActivate(false);
        engine = configuration.buildProcessEngine();
        FailedStepIncidents.install(configuration);
        assertThat(configuration.getIncidentHandlers().get(Incident.EXTERNAL_TASK_HANDLER_TYPE)).isInstanceOf(FailedStepIncidents.class);
        engine.getRepositoryService().createDeployment()
                .addModelInstance("step.bpmn", Bpmn.createExecutableProcess("step").camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask("A").camundaExternalTask("a").serviceTask("B").camundaExternalTask("b")
                        .endEvent().done())
                .deploy();
        tasks = engine.getExternalTaskService();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aStepWithoutRetriesThatIsCompletedResolvesItsIncident() {
        String run = engine.getRuntimeService().startProcessInstanceByKey("step").getId();
        LockedExternalTask a = fetch("a");
        tasks.handleFailure(a.getId(), "worker", "no callback", 0, 0);
        assertThat(openIncidents(run)).isEqualTo(1);

        tasks.complete(a.getId(), "worker");

        assertThat(openIncidents(run)).isZero();
        assertThat(engine.getHistoryService().createHistoricIncidentQuery().processInstanceId(run).resolved().count()).isEqualTo(1);
        assertThat(fetch("b")).isNotNull();
    }

    @Test
    void retriesGivenBackResolveTheIncidentAndTheStepCompletesAsAnyOther() {
        String run = engine.getRuntimeService().startProcessInstanceByKey("step").getId();
        LockedExternalTask a = fetch("a");
        tasks.handleFailure(a.getId(), "worker", "no callback", 0, 0);
        tasks.setRetries(a.getId(), 3);
        assertThat(openIncidents(run)).isZero();

        tasks.complete(fetch("a").getId(), "worker");

        assertThat(engine.getHistoryService().createHistoricIncidentQuery().processInstanceId(run).count()).isEqualTo(1);
        assertThat(fetch("b")).isNotNull();
    }

    @Test
    void deletingARunWithAnIncidentDeletesTheIncident() {
        String run = engine.getRuntimeService().startProcessInstanceByKey("step").getId();
        tasks.handleFailure(fetch("a").getId(), "worker", "no callback", 0, 0);

        engine.getRuntimeService().deleteProcessInstance(run, "stopped");

        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }

    private LockedExternalTask fetch(String topic) {
        return tasks.fetchAndLock(1, "worker").topic(topic, 60_000).execute().stream().findFirst().orElse(null);
    }

    private long openIncidents(String run) {
        return engine.getRuntimeService().createIncidentQuery().processInstanceId(run).count();
    }
}
