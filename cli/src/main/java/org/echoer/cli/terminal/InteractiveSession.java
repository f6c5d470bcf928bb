package org.echoer.cli.terminal;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import org.echoer.cli.api.CliException;
import org.echoer.cli.api.Connection;
import org.echoer.cli.api.ExitCodes;
import org.echoer.cli.output.Palette;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * The prompt: reads lines, runs commands, gathers statements until a line holding {@code /} and sends
 * them. A paste of many lines is taken line by line, as if typed. Nothing that goes wrong on the server
 * ends the session; only {@code exit} and Ctrl-D do.
 */
public final class InteractiveSession {

    static final String PROMPT = "> ";
    static final String CONTINUATION = "| ";

    private final LineReader reader;
    private final PrintWriter out;
    private final Palette palette;
    private final Connection connection;
    private final StatementBuffer buffer;
    private final StatementSender sender;
    private final ShellCommands commands;
    private final KnownNames names;

    InteractiveSession(LineReader reader, PrintWriter out, Palette palette, Connection connection, StatementBuffer buffer,
            StatementSender sender, ShellCommands commands, KnownNames names) {
        this.reader = reader;
        this.out = out;
        this.palette = palette;
        this.connection = connection;
        this.buffer = buffer;
        this.sender = sender;
        this.commands = commands;
        this.names = names;
    }

    public int run() {
        greet();
        while (true) {
            String line;
            try {
                line = reader.readLine(buffer.isEmpty() ? PROMPT : CONTINUATION);
            } catch (UserInterruptException e) {
                if (!buffer.isEmpty()) {
                    buffer.clear();
                    out.println(palette.dim("(statement dropped)"));
                    out.flush();
                }
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (!acceptAll(EnteredLines.of(line))) {
                break;
            }
        }
        out.println("bye");
        out.flush();
        return ExitCodes.OK;
    }

    /** Handles the lines of one entry (a paste holds many) in order; false when one asked to leave. */
    private boolean acceptAll(List<String> lines) {
        for (String line : lines) {
            if (!accept(line)) {
                return false;
            }
        }
        return true;
    }

    /** Handles one line; false when it asked to leave. */
    private boolean accept(String line) {
        if (buffer.isEmpty()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || StatementBuffer.isTerminator(trimmed) || trimmed.startsWith("#") || trimmed.startsWith("//")) {
                return true;
            }
            List<String> words = Arrays.asList(trimmed.split("\\s+"));
            if (ShellCommands.isCommand(words.get(0))) {
                return commands.execute(words);
            }
        }
        if (StatementBuffer.isTerminator(line)) {
            if (sender.send(buffer.take())) {
                names.refresh();
            }
        } else {
            buffer.add(line);
        }
        return true;
    }

    private void greet() {
        Logo.LINES.forEach(l -> out.println(palette.strong(l)));
        out.println();
        var failure = names.refresh();
        if (failure.isPresent()) {
            CliException e = failure.get();
            out.println(palette.warning("warning") + ": " + e.getMessage());
        } else {
            out.println("connected to " + connection.server());
        }
        out.println("type FSL and end it with a line holding only /, or help; exit or Ctrl-D leaves");
        out.flush();
    }
}
