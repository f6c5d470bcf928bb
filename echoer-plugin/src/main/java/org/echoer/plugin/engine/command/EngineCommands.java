package org.echoer.plugin.engine.command;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.echoer.plugin.step.StepTimeouts;

/**
 * The engine work echoer does below Camunda's public services, each in a transaction of its own or in
 * the one already open on the calling thread: callers stay on echoer's own types.
 */
public final class EngineCommands {

    private final CommandExecutor commands;

    public EngineCommands(ProcessEngine engine) {
        this(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired());
    }

    EngineCommands(CommandExecutor commands) {
        this.commands = commands;
    }

    /** Holds a flow run's name until the transaction ends, across nodes ({@link RunNameLock}). */
    public void lockRunName(String name) {
        commands.execute(new RunNameLock(name));
    }

    /** The newest deployment of each of the names that has any, by name ({@link NewestDeploymentCommand}). */
    public Map<String, DeploymentVersion> newestDeployments(List<String> deploymentNames) {
        return commands.execute(new NewestDeploymentCommand(deploymentNames));
    }

    /** Records that these steps' POSTs were accepted ({@link RecordDeliveriesCommand}); how many it recorded. */
    public int recordDeliveries(Collection<String> taskIds, String workerId, StepTimeouts timeouts) {
        return commands.execute(new RecordDeliveriesCommand(taskIds, workerId, timeouts));
    }

    /** The engine's clock, which tests may set: deployment times and locks are read against it. */
    public static Date now() {
        return ClockUtil.getCurrentTime();
    }
}
