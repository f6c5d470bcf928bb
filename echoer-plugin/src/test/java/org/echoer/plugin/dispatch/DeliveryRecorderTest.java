package org.echoer.plugin.dispatch;

import org.echoer.plugin.engine.command.EngineCommands;
import org.echoer.plugin.step.StepTimeouts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.echoer.plugin.OneStepEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a real in-memory engine: which accepted dispatches get recorded, whatever the order in which the
 * action's answer and its callback reach the node (a service may call back before its answer is read).
 */
class DeliveryRecorderTest {

    private static final String NODE = "node-a";

    private ProcessEngineConfigurationImpl configuration;
    private ProcessEngine engine;
    private DeliveryRecorder recorder;
    private String step;

    @BeforeEach
    void engineWithAStepLockedToThisNode() {
        configuration = OneStepEngine.build("deliveries");
        engine = configuration.getProcessEngine();
        engine.getRuntimeService().startProcessInstanceByKey("step");
        LockedExternalTask locked = engine.getExternalTaskService().fetchAndLock(1, NODE).topic("a", 10_000).execute().get(0);
        step = locked.getId();
        // no delay: whatever is due is recorded at the next round
        recorder = recorderWithDelay(Duration.ZERO);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void anAcceptedDispatchIsRecorded() {
        recorder.accepted(step);
        recorder.recordDue();

        assertRecorded(true);
    }

    @Test
    void aCallbackTakenWhileTheAnswerIsReadSettlesTheStepAndNothingIsRecorded() {
        recorder.callbackArrived(step);
        recorder.accepted(step);
        recorder.recordDue(); // the callback is still being taken: recording now would race with it
        assertRecorded(false);

        recorder.callbackTaken(step, true);
        recorder.recordDue();

        assertRecorded(false);
    }

    @Test
    void aCallbackThatArrivedAfterTheAnswerSparesTheRecord() {
        recorder.accepted(step);
        recorder.callbackArrived(step);
        recorder.recordDue();
        recorder.callbackTaken(step, true);
        recorder.recordDue();

        assertRecorded(false);
    }

    @Test
    void aCallbackRefusedBeforeTheAnswerIsReadLeavesTheDeliveryToBeRecorded() {
        recorder.callbackArrived(step);
        recorder.callbackTaken(step, false);
        recorder.accepted(step);
        recorder.recordDue();
        assertRecorded(true);
    }

    @Test
    void aCallbackRefusedWhileTheAnswerIsReadLeavesTheDeliveryToBeRecorded() {
        recorder.callbackArrived(step);
        recorder.accepted(step);
        recorder.callbackTaken(step, false);
        recorder.recordDue();

        assertRecorded(true);
    }

    @Test
    void aStoppingNodeRecordsEveryAcceptedDelivery() {
        recorder = recorderWithDelay(Duration.ofHours(1));
        recorder.accepted(step);
        recorder.recordDue();
        assertRecorded(false);

        recorder.recordAll();

        assertRecorded(true);
    }

    private DeliveryRecorder recorderWithDelay(Duration delay) {
        return new DeliveryRecorder(new EngineCommands(configuration.getProcessEngine()), NODE,
                new StepTimeouts(Duration.ofMinutes(5), Map.of()), delay);
    }

    /** Recorded: marked as accepted and locked for the step timeout instead of the short lease. */
    private void assertRecorded(boolean recorded) {
        ExternalTask task = engine.getExternalTaskService().createExternalTaskQuery().externalTaskId(step).singleResult();
        Object marker = engine.getRuntimeService().getVariableLocal(task.getExecutionId(), StepTimeouts.acceptedMarker(step));
        long lockedForMillis = task.getLockExpirationTime().getTime() - System.currentTimeMillis();
        if (recorded) {
            assertThat(marker).isEqualTo(true);
            assertThat(lockedForMillis).isGreaterThan(Duration.ofMinutes(4).toMillis());
        } else {
            assertThat(marker).isNull();
            assertThat(lockedForMillis).isLessThanOrEqualTo(10_000);
        }
    }
}
