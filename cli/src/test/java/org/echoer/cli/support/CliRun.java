package org.echoer.cli.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.echoer.cli.EchoerCli;
import org.echoer.cli.command.CliEnvironment;

/** Runs {@code echoer} in this JVM, as a script would, and keeps what it printed. */
public final class CliRun {

    /** What one run printed and its exit code. */
    public record Result(int exitCode, String out, String err) {
    }

    private final Map<String, String> variables = new HashMap<>();

    public CliRun env(String name, String value) {
        variables.put(name, value);
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(new PrintWriter(out, true), new PrintWriter(err, true), variables, false,
                () -> {
                    throw new IllegalStateException("no terminal in scripting tests");
                });
        int code = new EchoerCli(environment).run(args);
        return new Result(code, out.toString(), err.toString());
    }
}
