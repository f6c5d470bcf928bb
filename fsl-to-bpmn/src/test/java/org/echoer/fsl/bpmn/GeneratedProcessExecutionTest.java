package org.echoer.fsl.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.Examples;
import org.echoer.fsl.FslCompiler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deploys generated processes, unchanged, to a real in-memory Camunda engine and drives them the way
 * the bridge will: fetch the step's external task, complete it with the reported {@code ackState}.
 */
class GeneratedProcessExecutionTest {

    // not final: the extension injects its engine, this same one, into it
    private static ProcessEngine engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:generated-process-execution;DB_CLOSE_DELAY=-1")
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
            .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
            .setJobExecutorActivate(false)
            .buildProcessEngine();

    /** Camunda's own test extension: it checks after each test that the engine was left clean of jobs. */
    @RegisterExtension
    static final ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine).build();

    @BeforeAll
    static void deployFlows() {
        CompiledFlow seed = new FslCompiler().compile(Examples.seedDemo()).flows().get(0);
        CompiledFlow order = new FslCompiler().compile(Examples.read(Examples.repositoryExamples().resolve("order-template.fsl")))
                .flows().get(0);
        engine.getRepositoryService().createDeployment()
                .addModelInstance("my_flow_run.bpmn", seed.model())
                .addModelInstance("order.bpmn", order.model())
                .deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void assertionsOnThisEngine() {
        init(engine);
    }

    @Test
    void happyPathRunsADBCAndEnds() {
        ProcessInstance run = start("my_flow_run");

        List<String> topics = drive(run, "SUCCESS", "AGREE", "SUCCESS", "SUCCESS");

        assertThat(topics).containsExactly("ci", "approval", "deploy_1", "notify");
        assertEnded(run);
        assertThat(passedTasks(run)).containsExactly("Step_A", "Step_D", "Step_B", "Step_C");
        BpmnAwareTests.assertThat(run).hasPassedInOrder("Step_A", "Step_D", "Step_B", "Step_C").isEnded();
    }

    @Test
    void failLoopsBackToTheSameStepUntilItSucceeds() {
        ProcessInstance run = start("my_flow_run");

        List<String> topics = drive(run, "FAIL", "FAIL", "SUCCESS", "AGREE", "SUCCESS", "SUCCESS");

        assertThat(topics).containsExactly("ci", "ci", "ci", "approval", "deploy_1", "notify");
        assertThat(passedTasks(run)).containsExactly("Step_A", "Step_A", "Step_A", "Step_D", "Step_B", "Step_C");
        assertEnded(run);
    }

    @Test
    void nextBranchGoesThroughE() {
        ProcessInstance run = start("my_flow_run");

        List<String> topics = drive(run, "SUCCESS", "NEXT", "FAIL", "AGREE", "SUCCESS", "SUCCESS");

        assertThat(topics).containsExactly("ci", "approval", "approval_2", "approval_2", "deploy_1", "notify");
        assertThat(passedTasks(run)).containsExactly("Step_A", "Step_D", "Step_E", "Step_E", "Step_B", "Step_C");
        assertEnded(run);
    }

    @Test
    void rejectGoesStraightToNotify() {
        ProcessInstance run = start("my_flow_run");

        assertThat(drive(run, "SUCCESS", "REJECT", "SUCCESS")).containsExactly("ci", "approval", "notify");
        assertEnded(run);
    }

    @Test
    void templateFlowRoutesItsDecisionStep() {
        ProcessInstance run = start("order");

        assertThat(drive(run, "ERROR", "RESERVED", "DECLINED", "RELEASED")).containsExactly("reserve", "reserve", "charge", "release");
        assertEnded(run);
    }

    @Test
    void aStateWithoutATransitionLeavesTheStepWaiting() {
        ProcessInstance run = start("my_flow_run");
        LockedExternalTask task = fetchOne(run);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getExternalTaskService()
                        .complete(task.getId(), "test-worker", Map.of("ackState", "UNKNOWN")))
                .hasMessageContaining("No outgoing sequence flow");
        assertThat(fetchOne(run)).isNull(); // still locked by the worker: nothing moved
        BpmnAwareTests.assertThat(run).isNotEnded().isWaitingAt("Step_A");
    }

    private ProcessInstance start(String key) {
        return engine.getRuntimeService().startProcessInstanceByKey(key, key + "-" + System.nanoTime());
    }

    /** Completes each active step with the next state; returns the topics in the order they were dispatched. */
    private List<String> drive(ProcessInstance run, String... states) {
        List<String> topics = new ArrayList<>();
        for (String state : states) {
            LockedExternalTask task = fetchOne(run);
            assertThat(task).as("a step is waiting before reporting " + state).isNotNull();
            topics.add(task.getTopicName());
            engine.getExternalTaskService().complete(task.getId(), "test-worker", Map.of("ackState", state));
        }
        return topics;
    }

    private LockedExternalTask fetchOne(ProcessInstance run) {
        var query = engine.getExternalTaskService().fetchAndLock(10, "test-worker");
        for (String topic : List.of("ci", "approval", "deploy_1", "approval_2", "notify", "reserve", "charge", "ship", "release")) {
            query.topic(topic, 60_000).businessKey(run.getBusinessKey()); // one run's steps only
        }
        List<LockedExternalTask> tasks = query.execute();
        assertThat(tasks).hasSizeLessThanOrEqualTo(1);
        return tasks.isEmpty() ? null : tasks.get(0);
    }

    private void assertEnded(ProcessInstance run) {
        BpmnAwareTests.assertThat(run).isEnded();
        var ended = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(run.getId())
                .activityType("noneEndEvent").list();
        assertThat(ended).extracting(HistoricActivityInstance::getActivityName).containsExactly("done");
    }

    private List<String> passedTasks(ProcessInstance run) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(run.getId())
                .activityType("serviceTask").orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }
}
