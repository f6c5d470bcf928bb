package org.echoer.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.echoer.cli.api.ResourceType;
import picocli.CommandLine;

/** Assembles {@code echoer} and its subcommands. */
public final class Commands {

    private Commands() {
    }

    public static CommandLine commandLine(CliEnvironment environment, ObjectMapper json) {
        CommandLine commandLine = new CommandLine(new EchoerCommand(environment, json));
        for (Object subcommand : new Object[] {new ApplyCommand(), new ListCommand(), new GetCommand(), new DeleteCommand(),
                new WatchCommand(), new BpmnCommand(), new SvgCommand(), new CheckCommand(), new TemplatesCommand(),
                new FslCommand()}) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.addSubcommand(new CommandLine.HelpCommand());
        // applies to the subcommands added so far, so it comes after them
        commandLine.registerConverter(ResourceType.class, new ResourceTypeConverter());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(environment.out());
        commandLine.setErr(environment.err());
        return commandLine;
    }
}
