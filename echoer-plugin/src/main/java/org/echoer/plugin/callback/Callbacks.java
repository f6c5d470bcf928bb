package org.echoer.plugin.callback;

import org.echoer.plugin.engine.command.CallbackCommits;
import org.echoer.plugin.step.CallbackResult;
import org.echoer.plugin.step.CallbackOutcome;
import org.echoer.plugin.step.Callback;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricExternalTaskLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.echoer.plugin.engine.command.GroupCommit;
import org.echoer.plugin.concurrent.KeyLocks;
import org.echoer.plugin.engine.parse.StepDefinitions;
import org.echoer.plugin.dispatch.DeliveryRecorder;
import org.echoer.plugin.step.StepTimeouts;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.observe.EchoerMetrics;
import org.echoer.plugin.observe.StepLogContext;
import org.echoer.plugin.step.RunVariables;

/**
 * Takes callbacks ({@code POST /step}, docs/api.md, "The callback"); callbacks arriving together commit together
 * ({@link GroupCommit}). Concurrent callbacks for one activation race in the database: the loser's
 * transaction fails on Camunda's optimistic lock and is run again, when it finds the activation completed
 * and answers "already done".
 */
public final class Callbacks {

    private final CallbackCommits commits;
    private final HistoryService history;
    private final StepDefinitions steps;
    private final ObjectMapper json;
    private final EventBus events;
    private final StepTimeouts timeouts;
    private final DeliveryRecorder deliveries;
    private final EchoerMetrics metrics;
    /**
     * One callback per activation at a time: business services retry, and a burst of identical callbacks
     * would otherwise race in the database (all but one fail on the activation record's unique key and run
     * again); in turn, the first completes the step and the rest find it done at once. Across nodes the
     * database still settles the race (see {@code OnConflict}).
     */
    private final KeyLocks locks = new KeyLocks();

    /** @param commits the transactions callbacks share with each other and with run starts */
    public Callbacks(GroupCommit commits, HistoryService history, StepDefinitions steps,
            ObjectMapper json, EventBus events, StepTimeouts timeouts, DeliveryRecorder deliveries, EchoerMetrics metrics) {
        this.commits = new CallbackCommits(commits, steps, json, timeouts, events);
        this.history = history;
        this.steps = steps;
        this.json = json;
        this.events = events;
        this.timeouts = timeouts;
        this.deliveries = deliveries;
        this.metrics = metrics;
    }

    public CallbackResult take(Callback callback) {
        try (StepLogContext log = StepLogContext.of(callback.flowId(), callback.stepName(), callback.uuid())) {
            CallbackResult result = apply(callback);
            metrics.callback(result.outcome().name().toLowerCase(java.util.Locale.ROOT));
            return result;
        }
    }

    private CallbackResult apply(Callback callback) {
        deliveries.callbackArrived(callback.uuid());
        boolean stepSettled = false;
        CallbackResult taken;
        try {
            taken = locks.withLock(callback.uuid(), () ->
                    commits.take(callback));
            stepSettled = taken == null || taken.outcome() == CallbackOutcome.COMPLETED || taken.outcome() == CallbackOutcome.WAITING;
        } finally {
            deliveries.callbackTaken(callback.uuid(), stepSettled);
        }
        return taken == null ? stale(callback) : taken;
    }

    /** No open activation has the uuid: one that was completed, one whose run was stopped, or none at all. */
    private CallbackResult stale(Callback callback) {
        String processInstanceId = null;
        List<HistoricVariableInstance> records = history.createHistoricVariableInstanceQuery()
                .variableName(RunVariables.ACTIVATION_PREFIX + callback.uuid()).disableCustomObjectDeserialization().list();
        if (!records.isEmpty()) {
            processInstanceId = records.get(0).getProcessInstanceId();
        } else {
            List<HistoricExternalTaskLog> log = history.createHistoricExternalTaskLogQuery().externalTaskId(callback.uuid())
                    .listPage(0, 1);
            if (!log.isEmpty()) {
                processInstanceId = log.get(0).getProcessInstanceId();
            }
        }
        if (processInstanceId == null) {
            return new CallbackResult(CallbackOutcome.UNKNOWN_UUID, "no step activation has uuid " + callback.uuid());
        }
        HistoricProcessInstance run = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        if (run != null && run.getState() != null && run.getState().endsWith("TERMINATED")) {
            return new CallbackResult(CallbackOutcome.STOPPED, "flow run '" + run.getBusinessKey() + "' was stopped");
        }
        return new CallbackResult(CallbackOutcome.ALREADY_DONE, "already done");
    }
}
