package org.echoer.plugin.run;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.echoer.plugin.definition.DefinitionConflictException;
import org.echoer.plugin.event.EchoerEvent;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.event.EventType;
import org.springframework.transaction.support.TransactionOperations;

/** Starts flow runs: one process instance each, its business key the flow run's name. */
public final class FlowRunStarter {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final EventBus events;
    private final TransactionOperations transactions;

    public FlowRunStarter(RuntimeService runtime, HistoryService history, EventBus events, TransactionOperations transactions) {
        this.runtime = runtime;
        this.history = history;
        this.events = events;
        this.transactions = transactions;
    }

    /** A flow run's name is its identity: a second one of the same name is refused. */
    public void requireNameFree(String name) {
        if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(name).count() > 0) {
            throw new DefinitionConflictException("flow run '" + name + "' exists already");
        }
    }

    /** Checks the name and starts the run in one transaction (or in the caller's). */
    public String start(String processDefinitionId, String name, Map<String, Object> variables) {
        return transactions.execute(status -> {
            requireNameFree(name);
            return startNameChecked(processDefinitionId, name, variables);
        });
    }

    /** For a caller that has checked the name with {@link #requireNameFree} in the same transaction. */
    public String startNameChecked(String processDefinitionId, String name, Map<String, Object> variables) {
        // announced first: after-commit work runs in the order it was registered, and the first step's
        // dispatch (registered while the run starts) must not be announced before the run itself
        events.publish(EchoerEvent.flowRun(EventType.FLOW_RUN_STARTED, name));
        return runtime.startProcessInstanceById(processDefinitionId, name, variables).getId();
    }
}
