package org.echoer.plugin.run;

import org.echoer.plugin.engine.command.OnConflict;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.echoer.plugin.definition.DefinitionConflictException;
import org.echoer.plugin.event.EchoerEvent;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.event.EventType;

/** {@code pause}, {@code continue} and {@code stop}: suspend, activate and cancel a flow run's process instance. */
public final class FlowRunLifecycle {

    /** The delete reason of a stopped flow run, kept in Camunda's history. */
    public static final String STOP_REASON = "stopped through the echoer API";

    private final FlowRuns runs;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final EventBus events;

    public FlowRunLifecycle(FlowRuns runs, RuntimeService runtime, HistoryService history, EventBus events) {
        this.runs = runs;
        this.runtime = runtime;
        this.history = history;
        this.events = events;
    }

    public FlowRunState pause(String name) {
        String id = running(name).getId();
        OnConflict.retry(() -> {
            runtime.suspendProcessInstanceById(id);
            return null;
        });
        return FlowRunState.PAUSED;
    }

    public FlowRunState resume(String name) {
        String id = running(name).getId();
        OnConflict.retry(() -> {
            runtime.activateProcessInstanceById(id);
            return null;
        });
        return FlowRunState.RUNNING;
    }

    public FlowRunState stop(String name) {
        String id = running(name).getId();
        OnConflict.retry(() -> {
            runtime.deleteProcessInstance(id, STOP_REASON, false, true);
            return null;
        });
        events.publish(EchoerEvent.flowRun(EventType.FLOW_RUN_STOPPED, name));
        return FlowRunState.STOPPED;
    }

    /** Stops the run if it still runs, then forgets it: process instance and history. */
    public boolean delete(String name) {
        var instance = runs.find(name);
        if (instance.isEmpty()) {
            return false;
        }
        if (instance.get().getEndTime() == null) {
            stop(name);
        }
        OnConflict.retry(() -> {
            history.deleteHistoricProcessInstancesIfExists(java.util.List.of(instance.get().getId()));
            return null;
        });
        return true;
    }

    private HistoricProcessInstance running(String name) {
        HistoricProcessInstance instance = runs.require(name);
        if (instance.getEndTime() != null) {
            throw new DefinitionConflictException("flow run '" + name + "' is " + runs.state(instance).label() + " already");
        }
        return instance;
    }
}
