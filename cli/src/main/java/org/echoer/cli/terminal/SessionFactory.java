package org.echoer.cli.terminal;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.echoer.cli.api.EchoerApi;
import org.echoer.cli.output.JsonText;
import org.echoer.cli.output.OutputFormat;
import org.echoer.cli.output.Palette;
import org.echoer.cli.output.ResourcePrinter;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

/** Wires a prompt session onto a terminal: line editing, history file, completion, colours. */
public final class SessionFactory {

    private final EchoerApi api;
    private final JsonText json;

    public SessionFactory(EchoerApi api, JsonText json) {
        this.api = api;
        this.json = json;
    }

    public InteractiveSession open(Terminal terminal, Path historyFile, boolean colour) {
        Palette palette = new Palette(colour && !terminal.getType().startsWith(Terminal.TYPE_DUMB));
        PrintWriter out = terminal.writer();
        StatementBuffer buffer = new StatementBuffer();
        KnownNames names = KnownNames.from(api);
        LineReader reader = lineReader(terminal, historyFile, new EchoerCompleter(names, () -> !buffer.isEmpty()));
        ResourcePrinter resources = new ResourcePrinter(api, out, palette, OutputFormat.TEXT, json);
        return new InteractiveSession(reader, out, palette, api.connection(), buffer, new StatementSender(api, out, palette),
                new ShellCommands(resources, names, out, palette), names);
    }

    private static LineReader lineReader(Terminal terminal, Path historyFile, EchoerCompleter completer) {
        DefaultParser parser = new DefaultParser();
        // a statement spans lines only through our own '/' rule, never through open quotes or brackets
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        parser.setEofOnUnclosedBracket();
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("echoer")
                .parser(parser)
                .completer(completer)
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_FILE_SIZE, 5000)
                // a '!' in a pasted FSL string is text, never a history reference
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                // pasted FSL is indented with tabs: a tab before any text is text, not completion
                .option(LineReader.Option.INSERT_TAB, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                // the lines of a paste shown on the prompt continue the statement, as typed lines do
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, InteractiveSession.CONTINUATION)
                .build();
        PasteKeys.install(reader);
        return reader;
    }
}
