package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.echoer.webapp.support.EndpointTestBase;
import org.echoer.webapp.support.Fixture;
import org.echoer.webapp.support.RecordingActionServer.Received;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * History goes after its time to live, by default: a finished run's history is removed, while a running
 * run of the same shape and the shape's process definition stay.
 */
// a time to live of zero days: a run's history may go as soon as the run has ended. The test runs the
// cleanup itself, so the job executor is off; an engine name and a database of its own (see DeliveryIT).
@TestPropertySource(properties = {"echoer.bpmn.history-time-to-live=P0D", "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.process-engine-name=cleanup",
        "spring.datasource.url=jdbc:h2:mem:cleanup-${random.uuid};DB_CLOSE_DELAY=-1", "spring.datasource.username=sa"})
class HistoryCleanupIT extends EndpointTestBase {

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;

    @Test
    void cleansUpByEndTimeEveryNightByDefault() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("endTimeBased");
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
    }

    @Test
    void removesAFinishedRunsHistoryAndKeepsARunningRunAndTheirSharedDefinition() {
        String prefix = fixture.deployActions();
        String finished = fixture.runToDone(prefix, Fixture.unique("finished"));
        String finishedId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(finished).singleResult().getId();
        String running = fixture.runNamed(prefix, Fixture.unique("running"));
        Received step = fixture.awaitAccepted(running, "A");
        String shapeKey = api.get("/flowrun/" + running).json().path("flow").asText();

        Job cleanup = history.cleanUpHistoryAsync(true);
        management.executeJob(cleanup.getId());

        assertThat(api.get("/flowrun/" + finished).status()).isEqualTo(404);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(finishedId).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(finishedId).count()).isZero();
        assertThat(history.createHistoricExternalTaskLogQuery().processInstanceId(finishedId).count()).isZero();
        assertThat(api.get("/flowrun/" + running).json().path("currentStep").asText()).isEqualTo("A");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(shapeKey).count()).isEqualTo(1);

        assertThat(fixture.callback(running, "A", "SUCCESS", step.uuid(), true).status()).isEqualTo(200);
        Received d = fixture.awaitDispatch(running, "D");
        assertThat(fixture.callback(running, "D", "AGREE", d.uuid(), true).status()).isEqualTo(200);
        assertThat(api.get("/flowrun/" + running).json().path("statesPassed")).hasSize(2);
        long deployments = repository.createDeploymentQuery().count();
        String later = fixture.runNamed(prefix, Fixture.unique("later"));
        assertThat(api.get("/flowrun/" + later).json().path("flow").asText()).isEqualTo(shapeKey);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }
}
