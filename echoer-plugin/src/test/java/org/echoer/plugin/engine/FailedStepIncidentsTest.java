package org.echoer.plugin.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.echoer.plugin.OneStepEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real engine on in-memory H2 with echoer's handler of failed steps' incidents: every incident still goes when it should. */
class FailedStepIncidentsTest {

    private ProcessEngine engine;
    private ExternalTaskService tasks;

    @BeforeEach
    void start() {
        ProcessEngineConfigurationImpl configuration = OneStepEngine.build("incidents");
        engine = configuration.getProcessEngine();
        FailedStepIncidents.install(configuration);
        assertThat(configuration.getIncidentHandlers().get(Incident.EXTERNAL_TASK_HANDLER_TYPE)).isInstanceOf(FailedStepIncidents.class);
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
        assertThat(ended(run)).isTrue();
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
        assertThat(ended(run)).isTrue();
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

    private boolean ended(String run) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(run).count() == 0;
    }

    private long openIncidents(String run) {
        return engine.getRuntimeService().createIncidentQuery().processInstanceId(run).count();
    }
}
