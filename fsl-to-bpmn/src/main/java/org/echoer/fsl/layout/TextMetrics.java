package org.echoer.fsl.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Text size estimates for the 12px sans-serif font the SVG uses. No font is measured (that would need AWT
 * and fonts on a headless server); widths per kind of character, close to Arial's, are enough to reserve
 * room for labels and to wrap task names, and the SVG centres text in the room it got.
 */
final class TextMetrics {

    static final int FONT_SIZE = 12;
    static final int LINE_HEIGHT = 14;
    private static final int LABEL_PADDING = 2;

    private TextMetrics() {
    }

    static int width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += charWidth(text.charAt(i));
        }
        return (int) Math.ceil(width);
    }

    /** Rounded up: a label box a little too big is harmless, one too small lets text spill over. */
    private static double charWidth(char c) {
        if ("iljtf.,:;'!|()[] ".indexOf(c) >= 0) {
            return 3.8;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '@') {
            return 10.5;
        }
        if (Character.isUpperCase(c)) {
            return 8.7;
        }
        if (Character.isLowerCase(c) || Character.isDigit(c)) {
            return 6.8;
        }
        return 7.5;
    }

    /** The room a one-line label needs, with a little padding around the text. */
    static int labelWidth(String text) {
        return width(text) + 2 * LABEL_PADDING;
    }

    static int labelHeight() {
        return LINE_HEIGHT + 2 * LABEL_PADDING;
    }

    /**
     * Breaks text into lines no wider than maxWidth: at spaces where it can, after a hyphen, underscore or
     * slash inside a long word next, anywhere as a last resort. When more than maxLines are needed, the last
     * line kept ends with an ellipsis.
     */
    static List<String> wrap(String text, int maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split("\\s+")) {
            String joined = line.isEmpty() ? word : line + " " + word;
            if (width(joined) <= maxWidth) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            while (width(word) > maxWidth) {
                int cut = cutPoint(word, maxWidth);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line = word;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return truncate(lines, maxWidth, maxLines);
    }

    /** Where to break a word too wide for a line: after the last separator that fits, else as late as fits. */
    private static int cutPoint(String word, int maxWidth) {
        int fits = 1;
        while (fits < word.length() && width(word.substring(0, fits + 1)) <= maxWidth) {
            fits++;
        }
        for (int i = fits; i > 1; i--) {
            if ("-_/".indexOf(word.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return fits;
    }

    private static List<String> truncate(List<String> lines, int maxWidth, int maxLines) {
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        while (!last.isEmpty() && width(last + "\u2026") > maxWidth) {
            last = last.substring(0, last.length() - 1);
        }
        kept.set(maxLines - 1, last.stripTrailing() + "\u2026");
        return kept;
    }
}
