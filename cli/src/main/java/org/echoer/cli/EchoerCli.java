package org.echoer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.echoer.cli.api.CliException;
import org.echoer.cli.api.ExitCodes;
import org.echoer.cli.command.CliEnvironment;
import org.echoer.cli.command.Commands;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;

/** {@code java -jar echoer-cli.jar [options] [command]}: the entry point, and the only place that exits the JVM. */
public final class EchoerCli {

    private final CliEnvironment environment;

    public EchoerCli(CliEnvironment environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset), true);
        PrintWriter err = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset), true);
        CliEnvironment environment = new CliEnvironment(out, err, System.getenv(), System.console() != null,
                () -> TerminalBuilder.builder().name("echoer").system(true).dumb(true).build());
        System.exit(new EchoerCli(environment).run(args));
    }

    /** Runs one command line and gives its exit code; failures become one line on the error stream, never a stack trace. */
    public int run(String... args) {
        CommandLine commandLine = Commands.commandLine(environment, new ObjectMapper());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CliException failure) {
                environment.err().println("echoer: " + failure.getMessage());
                environment.err().flush();
                return failure.exitCode();
            }
            environment.err().println("echoer: unexpected failure: " + e);
            environment.err().flush();
            return ExitCodes.INTERNAL;
        });
        commandLine.setParameterExceptionHandler((e, parsedArgs) -> {
            environment.err().println("echoer: " + e.getMessage());
            environment.err().println("try: echoer " + commandPath(e.getCommandLine()) + "--help");
            environment.err().flush();
            return ExitCodes.REJECTED;
        });
        return commandLine.execute(args);
    }

    private static String commandPath(CommandLine commandLine) {
        String path = commandLine.getCommandSpec().qualifiedName(" ");
        return path.equals("echoer") ? "" : path.substring("echoer ".length()) + " ";
    }
}
