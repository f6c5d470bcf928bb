package org.echoer.cli.command;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.echoer.cli.api.ExitCodes;
import org.echoer.cli.api.ResourceType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code echoer get TYPE NAME [FLOW_RUN]}. */
@Command(name = "get", description = "Show one action, flow, flow run (state, current step, states passed) or step.")
final class GetCommand implements Callable<Integer> {

    @ParentCommand
    EchoerCommand root;

    @Parameters(index = "0", paramLabel = "TYPE", description = "action, flow, flowrun or step")
    ResourceType type;

    @Parameters(index = "1", paramLabel = "NAME")
    String name;

    @Parameters(index = "2", arity = "0..1", paramLabel = "FLOW_RUN", description = "for a step: its flow run")
    String flowRun;

    @Override
    public Integer call() {
        root.resources().get(type, name, Optional.ofNullable(flowRun));
        return ExitCodes.OK;
    }
}
