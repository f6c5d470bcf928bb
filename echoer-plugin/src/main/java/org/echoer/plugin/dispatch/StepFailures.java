package org.echoer.plugin.dispatch;

import java.util.function.LongConsumer;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.echoer.plugin.event.EchoerEvent;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.event.EventType;
import org.echoer.plugin.step.StepWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells Camunda of a failed attempt at a step. With retries left, the loop is woken when the step can be
 * fetched again; with none, Camunda raises an incident and the run is announced failed.
 */
final class StepFailures {

    /** The dispatcher's logger: operators set one level for all of its parts. */
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final ExternalTaskService externalTasks;
    private final String workerId;
    private final EventBus events;
    private final LongConsumer wakeAfterMillis;

    /** @param wakeAfterMillis wakes the dispatcher's loop once this many milliseconds have passed */
    StepFailures(ExternalTaskService externalTasks, String workerId, EventBus events, LongConsumer wakeAfterMillis) {
        this.externalTasks = externalTasks;
        this.workerId = workerId;
        this.events = events;
        this.wakeAfterMillis = wakeAfterMillis;
    }

    /** @param stepName the step's name, or null when its definition could not be read */
    void record(StepWork work, String stepName, Failure failure) {
        String shortMessage = failure.shortMessage();
        try {
            externalTasks.handleFailure(work.taskId(), workerId, shortMessage, failure.message(), failure.retriesLeft(),
                    failure.waitMillis());
        } catch (ProcessEngineException gone) {
            LOG.debug("step {} went away before its failure was recorded: {}", work.taskId(), gone.getMessage());
            return;
        }
        if (failure.retried()) {
            LOG.info("{} (flow run {}); retrying in {} ms, {} retries left", shortMessage, work.flowId(), failure.waitMillis(),
                    failure.retriesLeft());
            wakeAfterMillis.accept(failure.waitMillis() + 5); // just after Camunda lets the fetch take it again
        } else {
            LOG.warn("{} (flow run {}); no retries left: incident raised", shortMessage, work.flowId());
            events.publish(EchoerEvent.step(EventType.FLOW_RUN_FAILED, work.flowId(),
                    stepName != null ? stepName : work.activityId(), work.taskId(), null));
        }
    }
}
