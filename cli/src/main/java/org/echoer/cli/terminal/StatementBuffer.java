package org.echoer.cli.terminal;

import java.util.ArrayList;
import java.util.List;

/** The lines of the statement being typed, until a line holding only {@code /} sends them. */
final class StatementBuffer {

    private final List<String> lines = new ArrayList<>();

    boolean isEmpty() {
        return lines.isEmpty();
    }

    void add(String line) {
        lines.add(line);
    }

    /** The lines typed so far, and an empty buffer for the next statement. */
    List<String> take() {
        List<String> taken = List.copyOf(lines);
        lines.clear();
        return taken;
    }

    void clear() {
        lines.clear();
    }

    static boolean isTerminator(String line) {
        return line.strip().equals("/");
    }
}
