package org.echoer.cli.command;

import java.util.concurrent.Callable;
import org.echoer.cli.api.ExitCodes;
import org.echoer.cli.api.ResourceType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code echoer del TYPE NAME}. */
@Command(name = "del", aliases = "delete", description = "Delete an action, a flow or a flow run (a running flow run is stopped).")
final class DeleteCommand implements Callable<Integer> {

    @ParentCommand
    EchoerCommand root;

    @Parameters(index = "0", paramLabel = "TYPE", description = "action, flow or flowrun")
    ResourceType type;

    @Parameters(index = "1", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        root.resources().delete(type, name);
        return ExitCodes.OK;
    }
}
