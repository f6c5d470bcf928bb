package org.echoer.plugin.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.echoer.plugin.engine.parse.DrawnProcesses;
import org.echoer.plugin.engine.parse.GeneratedBpmnParseFactory;
import org.echoer.plugin.engine.parse.LockOnCreateParseListener;
import org.echoer.plugin.engine.parse.StepsInRunExecution;
import org.echoer.plugin.step.ClaimedSteps;

/**
 * The engine side of the bridge.
 * <ul>
 * <li>Step activations are identified to business services by their external task's id, which must be
 * unguessable (it authorises the callback, docs/api.md): the engine's default time-based UUIDs are
 * predictable, so every id is a {@link TimeOrderedIds} one: random after its time, which keeps new rows on
 * the indexes' last pages.</li>
 * <li>Echoer's steps are the external tasks that carry its step properties, in generated processes and in
 * processes drawn by hand (see {@link DrawnProcesses}). With lock-on-create, they are locked to this node by
 * the transaction that creates them and handed to the dispatcher when it commits.</li>
 * <li>The BPMN echoer generated is read without Camunda's XML Schema check (see {@link GeneratedBpmnParseFactory}),
 * and its steps run in the run's own execution (see {@link StepsInRunExecution}).</li>
 * <li>Tables that grow with every run get the indexes echoer's lookups need (see {@link LookupIndexes}), and H2
 * reads an execution's variables through that execution's index (see {@link H2IndexChoices}).</li>
 * <li>History is Camunda's, without a value history of echoer's per-step variables and with less work per step
 * (see {@link HistoryWriter}).</li>
 * <li>Completing a step skips two lookups whose answer is known: the incidents of a task with retries left
 * ({@link FailedStepIncidents}) and the text of every new entity, built only for an error message
 * ({@link LazyIdChecks}).</li>
 * </ul>
 */
public final class EchoerEnginePlugin extends AbstractProcessEnginePlugin {

    private final String workerId;
    private final Duration lease;
    private final ClaimedSteps claimed;
    private final DrawnProcesses drawn;
    private final boolean lockOnCreate;

    /**
     * @param workerId this node's name as the lock owner of the steps it dispatches
     * @param lease how long a step created locked stays locked while its POST is under way
     */
    public EchoerEnginePlugin(String workerId, Duration lease, ClaimedSteps claimed, DrawnProcesses drawn, boolean lockOnCreate) {
        this.workerId = workerId;
        this.lease = lease;
        this.claimed = claimed;
        this.drawn = drawn;
        this.lockOnCreate = lockOnCreate;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TimeOrderedIds ids = new TimeOrderedIds();
        configuration.setIdGenerator(ids);
        List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        sessions.add(new LazyIdChecks(ids));
        configuration.setCustomSessionFactories(sessions);
        configuration.setBpmnParseFactory(new GeneratedBpmnParseFactory());
        HistoryWriter.install(configuration);
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new StepsInRunExecution());
        configuration.getCustomPostBPMNParseListeners().add(drawn);
        if (lockOnCreate) {
            configuration.getCustomPostBPMNParseListeners().add(
                    new LockOnCreateParseListener(workerId, lease.toMillis(), claimed));
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        FailedStepIncidents.install(configuration);
    }

    /** After the engine made or updated its schema. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        DurableH2Commits.ensure(configuration);
        LookupIndexes.ensure(configuration);
        H2IndexChoices.ensure(configuration);
    }
}
