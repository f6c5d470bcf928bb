package org.echoer.cli.output;

import java.util.ArrayList;
import java.util.List;

/**
 * The text a problem's line and column refer to, and where each of its lines came from: the lines
 * typed at the prompt, or several files sent as one document.
 */
public final class SourceLines {

    /** One line of a document, traced back to its origin. */
    public record Origin(String file, int line, String text) {
    }

    private final List<Origin> lines = new ArrayList<>();

    /** Lines typed at the prompt: line numbers as the server counts them, no file name. */
    public static SourceLines typed(List<String> typed) {
        SourceLines source = new SourceLines();
        source.append(null, String.join("\n", typed));
        return source;
    }

    /** Adds a file (or a statement when {@code file} is null); its lines follow the ones already there. */
    public SourceLines append(String file, String text) {
        int number = 1;
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) {
            lines.add(new Origin(file, number++, line.endsWith("\r") ? line.substring(0, line.length() - 1) : line));
        }
        return this;
    }

    /** The document the server is sent: every line, in order. */
    public String text() {
        StringBuilder text = new StringBuilder();
        lines.forEach(origin -> text.append(origin.text()).append('\n'));
        return text.toString();
    }

    /** The document line (1-based) as the server sees it, or nothing when out of range. */
    public java.util.Optional<Origin> origin(int documentLine) {
        return documentLine >= 1 && documentLine <= lines.size()
                ? java.util.Optional.of(lines.get(documentLine - 1)) : java.util.Optional.empty();
    }
}
