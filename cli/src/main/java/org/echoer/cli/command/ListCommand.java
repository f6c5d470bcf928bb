package org.echoer.cli.command;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.echoer.cli.api.ExitCodes;
import org.echoer.cli.api.ResourceType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code echoer list TYPE [FLOW_RUN]}. */
@Command(name = "list", description = "List actions, flows, flow runs or steps (the steps of FLOW_RUN, or every waiting step).")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    EchoerCommand root;

    @Parameters(index = "0", paramLabel = "TYPE", description = "action, flow, flowrun or step")
    ResourceType type;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FLOW_RUN", description = "for steps: the flow run")
    String flowRun;

    @Override
    public Integer call() {
        root.resources().list(type, Optional.ofNullable(flowRun));
        return ExitCodes.OK;
    }
}
