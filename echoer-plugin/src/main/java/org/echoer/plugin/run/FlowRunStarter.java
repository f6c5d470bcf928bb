package org.echoer.plugin.run;

import org.echoer.plugin.engine.command.EngineCommands;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.echoer.fsl.ast.SourcePosition;
import org.echoer.plugin.engine.command.GroupCommit;
import org.echoer.plugin.concurrent.KeyLocks;
import org.echoer.plugin.definition.DefinitionConflictException;
import org.echoer.plugin.event.EchoerEvent;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.event.EventType;

/** Starts flow runs: one process instance each, its business key the flow run's name. */
public final class FlowRunStarter {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final EventBus events;
    private final GroupCommit commits;
    private final EngineCommands engineCommands;
    /** One start per name at a time: two in one shared transaction would each find the name free. */
    private final KeyLocks names = new KeyLocks();
    private final String countRunsNamed;

    /** @param commits the transactions starts share with callbacks and with each other */
    public FlowRunStarter(RuntimeService runtime, HistoryService history, ManagementService management, EventBus events,
            GroupCommit commits, EngineCommands engineCommands) {
        this.runtime = runtime;
        this.engineCommands = engineCommands;
        this.history = history;
        this.events = events;
        this.commits = commits;
        // a native query: the criteria query builds its SQL from dozens of optional clauses on every call,
        // which cost more than the lookup itself (BUSINESS_KEY_ has an index)
        this.countRunsNamed = "SELECT COUNT(*) FROM " + management.getTableName(HistoricProcessInstance.class)
                + " WHERE BUSINESS_KEY_ = #{name}";
    }

    /**
     * Takes the name for this transaction: refused when a run of that name exists, and held against
     * starts of it on other nodes until the transaction ends (see {@link EngineCommands#lockRunName}). The caller holds
     * the name on this node with {@link #withNamesHeld} around the whole transaction.
     */
    public void claimName(String name) {
        engineCommands.lockRunName(name);
        requireNameFree(name);
    }

    /** Runs the work while no other start of these names can run on this node; around a whole transaction. */
    public <T> T withNamesHeld(Collection<String> runNames, Supplier<T> work) {
        return names.withLocks(runNames, work);
    }

    /** A flow run's name is its identity: a second one of the same name is refused. */
    private void requireNameFree(String name) {
        if (history.createNativeHistoricProcessInstanceQuery().sql(countRunsNamed).parameter("name", name).count() > 0) {
            throw new DefinitionConflictException("flow run '" + name + "' exists already");
        }
    }

    /**
     * Checks the name and starts the run in one transaction, shared with callbacks and other starts that
     * arrive meanwhile (a start costs about a commit of its own otherwise). A start the engine refuses
     * fails alone, as its neighbours commit without it.
     */
    public String start(String processDefinitionId, String name, Map<String, Object> variables) {
        return names.withLock(name, () -> commits.execute(null, () -> {
            claimName(name);
            return startNameChecked(processDefinitionId, name, variables);
        }));
    }

    /**
     * One run to start: the definition it runs on, its name, its variables.
     *
     * @param namePosition where the name stands in the FSL, so that a name taken is reported there; null for none
     */
    public record RunStart(String processDefinitionId, String name, Map<String, Object> variables, SourcePosition namePosition) {
    }

    /**
     * Starts several runs together, as {@link #start} starts one: all of them commit, or none (a name that
     * exists refuses them all).
     *
     * @return the process instance ids, in the order of {@code runs}
     */
    public List<String> startAll(List<RunStart> runs) {
        List<String> names = runs.stream().map(RunStart::name).toList();
        return this.names.withLocks(names, () -> commits.execute(null, () -> {
            List<String> ids = new ArrayList<>();
            for (RunStart run : runs) {
                try {
                    claimName(run.name());
                } catch (DefinitionConflictException e) {
                    throw run.namePosition() == null ? e : e.at(run.namePosition());
                }
                ids.add(startNameChecked(run.processDefinitionId(), run.name(), run.variables()));
            }
            return ids;
        }));
    }

    /** For a caller that has claimed the name with {@link #claimName} in the same transaction. */
    public String startNameChecked(String processDefinitionId, String name, Map<String, Object> variables) {
        // announced first: after-commit work runs in the order it was registered, and the first step's
        // dispatch (registered while the run starts) must not be announced before the run itself
        events.publish(EchoerEvent.flowRun(EventType.FLOW_RUN_STARTED, name));
        return runtime.startProcessInstanceById(processDefinitionId, name, variables).getId();
    }
}
