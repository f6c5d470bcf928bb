package org.echoer.plugin.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.bpmn.ExtensionProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real engine on in-memory H2 with the listener, driving generated processes step by step. */
class StepsInRunExecutionTest {

    private static final String FSL = """
            action check
            \taddr = "http://127.0.0.1:1/check";
            \tmethod = http;
            \treturn = (SUCCESS | FAIL);
            action_end
            /
            flow_run r
            \tstep A => (SUCCESS->B | FAIL->A) { action = "check"; };
            \tstep B => (SUCCESS->done | FAIL->A) { action = "check"; };
            flow_run_end
            /
            """;

    private ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        String unique = "steps_" + UUID.randomUUID();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) new StandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:" + unique + ";DB_CLOSE_DELAY=-1")
                .setProcessEngineName(unique)
                .setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new StepsInRunExecution())));
        engine = configuration.buildProcessEngine();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void generatedStepsRunInTheRunsOwnExecutionThroughLoopsToTheEnd() {
        String run = deployAndStart(generated());

        List<String> executions = new ArrayList<>();
        for (String state : List.of("FAIL", "SUCCESS", "FAIL", "SUCCESS", "SUCCESS")) {
            ExternalTask step = waitingStep(run);
            executions.add(step.getExecutionId());
            assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(run).count()).isEqualTo(1);
            complete(step, state);
        }

        assertThat(executions).containsOnly(run);
        assertEndedAfter(run, "Step_A", "Step_A", "Step_B", "Step_A", "Step_B");
    }

    @Test
    void stepsOfBpmnWithoutTheMarkKeepCamundasScopeSoOlderRunsStayValid() {
        BpmnModelInstance older = generated();
        older.getModelElementsByType(CamundaProperty.class).stream()
                .filter(property -> ExtensionProperties.STEP_EXECUTION.equals(property.getCamundaName()))
                .forEach(property -> property.getParentElement().removeChildElement(property));
        String run = deployAndStart(older);

        ExternalTask first = waitingStep(run);
        assertThat(first.getExecutionId()).isNotEqualTo(run);
        assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(run).count()).isEqualTo(2);
        complete(first, "SUCCESS");
        complete(waitingStep(run), "SUCCESS");

        assertEndedAfter(run, "Step_A", "Step_B");
    }

    @Test
    void aStepWithABoundaryEventStaysAScope() {
        BpmnModelInstance withTimer = generated();
        ServiceTask stepA = withTimer.getModelElementById("Step_A");
        stepA.builder().boundaryEvent("Timeout_A").timerWithDuration("PT1H").endEvent("TimedOut");
        String run = deployAndStart(withTimer);

        ExternalTask first = waitingStep(run);

        assertThat(first.getExecutionId()).isNotEqualTo(run);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(run).timers().count()).isEqualTo(1);
        complete(first, "SUCCESS");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(run).count()).isZero();
    }

    private static BpmnModelInstance generated() {
        return new FslCompiler().compile(FSL).flows().get(0).model();
    }

    private String deployAndStart(BpmnModelInstance model) {
        engine.getRepositoryService().createDeployment().addModelInstance("r.bpmn", model).deploy();
        return engine.getRuntimeService().startProcessInstanceByKey("r", "r-1").getId();
    }

    private ExternalTask waitingStep(String run) {
        return engine.getExternalTaskService().createExternalTaskQuery().processInstanceId(run).singleResult();
    }

    /** As a callback completes a step: locked to a worker, completed with the reported state. */
    private void complete(ExternalTask step, String state) {
        engine.getExternalTaskService().fetchAndLock(1, "worker").topic(step.getTopicName(), 60_000).execute();
        engine.getExternalTaskService().complete(step.getId(), "worker", Map.of(ExtensionProperties.ACK_STATE_VARIABLE, state));
    }

    private void assertEndedAfter(String run, String... steps) {
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(run).count()).isZero();
        List<String> passed = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(run)
                .activityType("serviceTask").orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
        assertThat(passed).containsExactly(steps);
    }
}
