package org.echoer.plugin.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.echoer.plugin.step.StepTimeouts;
import org.echoer.plugin.step.RunVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A real engine on in-memory H2: a run whose one step is completed the way a callback completes it (or another node does). */
class HistoryWriterTest {

    private static final String ACTIVATION = RunVariables.ACTIVATION_PREFIX + "0195f6a0-0000-7000-8000-000000000001";
    private static final String ACCEPTED = StepTimeouts.acceptedMarker("0195f6a0-0000-7000-8000-000000000001");

    private ProcessEngine engine;

    private ProcessEngine otherNode;

    @AfterEach
    void close() {
        ClockUtil.reset();
        for (ProcessEngine each : new ProcessEngine[] {otherNode, engine}) {
            if (each != null) {
                each.close();
            }
        }
    }

    @Test
    void aStepThatEndsKeepsItsStartTimeAndDurationAndIsForgotten() {
        String unique = "starts_" + UUID.randomUUID();
        engine = engineOn(unique);
        HistoryWriter writer = writerOf(engine);
        deployStep(engine);

        String run = startAt(engine, 1_000_000);
        assertThat(writer.rememberedStartTimes()).isEqualTo(1);
        completeAt(engine, 1_004_250);

        HistoricActivityInstance step = stepOf(engine, run);
        assertThat(step.getStartTime()).isEqualTo(new Date(1_000_000));
        assertThat(step.getEndTime()).isEqualTo(new Date(1_004_250));
        assertThat(step.getDurationInMillis()).isEqualTo(4_250);
        assertThat(writer.rememberedStartTimes()).isZero();
    }

    @Test
    void aStepAnotherNodeEndsReadsItsStartTimeFromTheDatabase() {
        String unique = "starts_" + UUID.randomUUID();
        engine = engineOn(unique);
        deployStep(engine);
        String run = startAt(engine, 2_000_000);
        otherNode = engineOn(unique);

        completeAt(otherNode, 2_000_750);

        HistoricActivityInstance step = stepOf(engine, run);
        assertThat(step.getStartTime()).isEqualTo(new Date(2_000_000));
        assertThat(step.getDurationInMillis()).isEqualTo(750);
    }

    @Test
    void startTimesOfStepsThatNeverEndHereAreBounded() {
        ActivityStartTimes times = new ActivityStartTimes(3);
        for (int i = 1; i <= 5; i++) {
            times.started("step-" + i, new Date(i));
        }

        assertThat(times.size()).isEqualTo(3);
        assertThat(times.ended("step-1")).isNull();
        assertThat(times.of("step-5")).isEqualTo(new Date(5));
        assertThat(times.ended("step-5")).isEqualTo(new Date(5));
        assertThat(times.size()).isEqualTo(2);
    }

    private static ProcessEngine engineOn(String database) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) new StandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1")
                .setProcessEngineName(database + "_" + UUID.randomUUID())
                .setDatabaseSchemaUpdate(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL)
                .setJobExecutorActivate(false);
        HistoryWriter.install(configuration);
        return configuration.buildProcessEngine();
    }

    private static HistoryWriter writerOf(ProcessEngine engine) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCustomHistoryEventHandlers().stream()
                .filter(HistoryWriter.class::isInstance).map(HistoryWriter.class::cast).findFirst().orElseThrow();
    }

    private static void deployStep(ProcessEngine engine) {
        engine.getRepositoryService().createDeployment()
                .addModelInstance("step.bpmn", Bpmn.createExecutableProcess("step").camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask("A").camundaExternalTask("a").endEvent().done())
                .deploy();
    }

    private static String startAt(ProcessEngine engine, long millis) {
        ClockUtil.setCurrentTime(new Date(millis));
        return engine.getRuntimeService().startProcessInstanceByKey("step").getId();
    }

    private static void completeAt(ProcessEngine engine, long millis) {
        ClockUtil.setCurrentTime(new Date(millis));
        LockedExternalTask task = engine.getExternalTaskService().fetchAndLock(1, "worker").topic("a", 60_000).execute().get(0);
        engine.getExternalTaskService().complete(task.getId(), "worker");
    }

    private static HistoricActivityInstance stepOf(ProcessEngine engine, String run) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(run).activityId("A").singleResult();
    }

    @Test
    void keepsTheValueHistoryOfTheRunsDataButNotOfEchoersStepRecords() {
        String run = runOneStep(ProcessEngineConfigurationImpl.HISTORY_FULL, new ArrayList<>());
        HistoryService history = engine.getHistoryService();

        List<String> detailed = history.createHistoricDetailQuery().processInstanceId(run).variableUpdates().list().stream()
                .map(detail -> ((HistoricVariableUpdate) detail).getVariableName()).toList();
        assertThat(detailed).containsExactlyInAnyOrder(RunVariables.GLOBALS, RunVariables.GLOBALS, "customerId", "customerId");

        Map<String, Object> latest = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(run).list()) {
            latest.put(variable.getName(), variable.getValue());
        }
        assertThat(latest).containsEntry(RunVariables.ACK_STATE, "SUCCESS")
                .containsEntry(ACTIVATION, "{\"state\":\"SUCCESS\"}")
                .containsEntry(RunVariables.GLOBALS, "{\"n\":2}")
                .containsEntry("customerId", "c-2")
                .containsEntry(RunVariables.START_ARGS, "{\"A\":{\"project\":\"p\"}}")
                .containsKey(ACCEPTED);
    }

    @Test
    void handlersOthersRegisteredStillSeeEveryEvent() {
        List<String> seen = new ArrayList<>();
        List<HistoryEventHandler> others = new ArrayList<>();
        others.add(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                seen.add(event.getEventType());
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(this::handleEvent);
            }
        });

        runOneStep(ProcessEngineConfigurationImpl.HISTORY_FULL, others);

        assertThat(seen).contains("start", "end", "create", "update");
    }

    @Test
    void aLowerHistoryLevelStillWritesNoDetailsAtAll() {
        String run = runOneStep(ProcessEngineConfigurationImpl.HISTORY_AUDIT, new ArrayList<>());

        List<HistoricDetail> details = engine.getHistoryService().createHistoricDetailQuery().processInstanceId(run).list();
        assertThat(details).isEmpty();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(run).count()).isEqualTo(6);
    }

    /** Starts a run with its data, and completes its step as a callback does: every variable written twice. */
    private String runOneStep(String historyLevel, List<HistoryEventHandler> otherHandlers) {
        String unique = "details_" + UUID.randomUUID();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) new StandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:" + unique + ";DB_CLOSE_DELAY=-1")
                .setProcessEngineName(unique)
                .setHistory(historyLevel)
                .setJobExecutorActivate(false);
        configuration.setCustomHistoryEventHandlers(otherHandlers);
        HistoryWriter.install(configuration);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addModelInstance("step.bpmn", Bpmn.createExecutableProcess("step").camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask("A").camundaExternalTask("a").endEvent().done())
                .deploy();

        String run = engine.getRuntimeService().startProcessInstanceByKey("step", Map.of(RunVariables.GLOBALS, "{\"n\":1}",
                "customerId", "c-1", RunVariables.ACK_STATE, "", ACTIVATION, "{}", ACCEPTED, true,
                RunVariables.START_ARGS, "{\"A\":{\"project\":\"p\"}}")).getId();
        LockedExternalTask task = engine.getExternalTaskService().fetchAndLock(1, "worker").topic("a", 60_000).execute().get(0);
        engine.getExternalTaskService().complete(task.getId(), "worker", Map.of(RunVariables.GLOBALS, "{\"n\":2}",
                "customerId", "c-2", RunVariables.ACK_STATE, "SUCCESS", ACTIVATION, "{\"state\":\"SUCCESS\"}"));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(run).singleResult()
                .getEndTime()).isNotNull();
        return run;
    }
}
