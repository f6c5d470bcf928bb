package org.echoer.cli.output;

import java.util.ArrayList;
import java.util.List;
import org.echoer.cli.api.Problem;

/**
 * A problem shown against the line it is about: the message, the line as typed, and a caret under the
 * column. Tabs are shown as four spaces so the caret lines up whatever the terminal's tab stops.
 */
public final class ProblemView {

    private static final String INDENT = "  ";
    private static final String TAB = "    ";

    public List<String> lines(Problem problem, SourceLines source, Palette palette) {
        String label = problem.isError() ? palette.error("error") : palette.warning("warning");
        List<String> lines = new ArrayList<>();
        var origin = problem.hasPosition() ? source.origin(problem.line()) : java.util.Optional.<SourceLines.Origin>empty();
        if (origin.isEmpty()) {
            lines.add(label + ": " + problem.message() + (problem.hasPosition()
                    ? " (line " + problem.line() + ", column " + problem.column() + ")" : ""));
            return lines;
        }
        SourceLines.Origin at = origin.get();
        if (at.file() != null) {
            lines.add(at.file() + ":" + at.line() + ":" + problem.column() + ": " + label + ": " + problem.message());
        } else {
            lines.add(label + ": " + problem.message() + " (line " + at.line() + ", column " + problem.column() + ")");
        }
        lines.add(INDENT + expandTabs(at.text()));
        lines.add(INDENT + caretIndent(at.text(), problem.column()) + (problem.isError() ? palette.error("^") : palette.warning("^")));
        return lines;
    }

    static String expandTabs(String text) {
        return text.replace("\t", TAB);
    }

    /** Spaces up to the 1-based column, counting a tab as the four spaces it is shown as. */
    static String caretIndent(String text, int column) {
        int before = Math.max(0, Math.min(column - 1, text.length()));
        return " ".repeat(expandTabs(text.substring(0, before)).length());
    }
}
