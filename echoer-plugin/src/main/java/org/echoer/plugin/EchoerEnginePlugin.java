package org.echoer.plugin;

import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.echoer.plugin.definition.GeneratedBpmnParseFactory;
import org.echoer.plugin.definition.StepsInRunExecution;
import org.echoer.plugin.dispatch.ClaimedSteps;
import org.echoer.plugin.dispatch.DispatchSettings;
import org.echoer.plugin.dispatch.DrawnProcesses;
import org.echoer.plugin.dispatch.LockOnCreateParseListener;
import org.echoer.plugin.history.StepRecordsWithoutDetails;
import org.echoer.plugin.ids.TimeOrderedIds;
import org.echoer.plugin.schema.DurableH2Commits;
import org.echoer.plugin.schema.LookupIndexes;

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
 * <li>Tables that grow with every run get the indexes echoer's lookups need (see {@link LookupIndexes}).</li>
 * <li>History is Camunda's, without a value history of echoer's per-step variables (see {@link StepRecordsWithoutDetails}).</li>
 * </ul>
 */
public final class EchoerEnginePlugin extends AbstractProcessEnginePlugin {

    private final DispatchSettings settings;
    private final ClaimedSteps claimed;
    private final DrawnProcesses drawn;
    private final boolean lockOnCreate;

    public EchoerEnginePlugin(DispatchSettings settings, ClaimedSteps claimed, DrawnProcesses drawn, boolean lockOnCreate) {
        this.settings = settings;
        this.claimed = claimed;
        this.drawn = drawn;
        this.lockOnCreate = lockOnCreate;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdGenerator(new TimeOrderedIds());
        configuration.setBpmnParseFactory(new GeneratedBpmnParseFactory());
        StepRecordsWithoutDetails.install(configuration);
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new StepsInRunExecution());
        configuration.getCustomPostBPMNParseListeners().add(drawn);
        if (lockOnCreate) {
            configuration.getCustomPostBPMNParseListeners().add(
                    new LockOnCreateParseListener(settings.workerId(), settings.lease().toMillis(), claimed));
        }
    }

    /** After the engine made or updated its schema. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        DurableH2Commits.ensure(configuration);
        LookupIndexes.ensure(configuration);
    }
}
