package org.echoer.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Terminal;

/**
 * What a command run gets from outside: its output streams, the environment variables, whether the
 * output is a terminal, and how to open the terminal for the prompt. Tests pass their own.
 */
public record CliEnvironment(PrintWriter out, PrintWriter err, Map<String, String> variables, boolean outputIsTerminal,
        TerminalOpener terminals) {

    /** Opens the terminal the interactive prompt runs on. */
    @FunctionalInterface
    public interface TerminalOpener {
        Terminal open() throws IOException;
    }

    public CliEnvironment {
        variables = Map.copyOf(variables);
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
    }

    /** Colours when the output is a terminal, unless NO_COLOR asks otherwise (no-color.org). */
    public boolean colour() {
        return outputIsTerminal && variable("NO_COLOR").isEmpty();
    }
}
