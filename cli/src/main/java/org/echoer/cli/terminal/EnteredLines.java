package org.echoer.cli.terminal;

import java.util.Arrays;
import java.util.List;

/**
 * What one press of Enter hands over, as the lines a person would have typed one by one: a bracketed
 * paste reaches the prompt as a single entry with line breaks inside.
 */
final class EnteredLines {

    private EnteredLines() {
    }

    /**
     * The entry split at every line break ({@code \n}, {@code \r\n} or {@code \r}). A break at the very
     * end only ends the last line; it adds no empty line after it.
     */
    static List<String> of(String entered) {
        if (entered.isEmpty()) {
            return List.of("");
        }
        String[] lines = entered.split("\r\n|\r|\n", -1);
        int count = lines.length > 1 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        return Arrays.asList(lines).subList(0, count);
    }
}
