package org.echoer.fsl.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Text size estimates for the 12px sans-serif font the SVG uses. No font is measured (that would need
 * AWT and fonts on a headless server); an average width per character is close enough to reserve room
 * for labels, and the SVG centres text in the room it got.
 */
final class TextMetrics {

    static final int FONT_SIZE = 12;
    static final int LINE_HEIGHT = 14;
    /** Wide enough for upper-case words such as "SUCCESS", which are the usual flow labels. */
    private static final double CHAR_WIDTH = 7.5;
    private static final int LABEL_PADDING = 2;

    private TextMetrics() {
    }

    static int width(String text) {
        return (int) Math.ceil(text.length() * CHAR_WIDTH);
    }

    /** The room a one-line label needs, with a little padding around the text. */
    static int labelWidth(String text) {
        return width(text) + 2 * LABEL_PADDING;
    }

    static int labelHeight() {
        return LINE_HEIGHT + 2 * LABEL_PADDING;
    }

    /**
     * Breaks text into lines no wider than maxWidth, at spaces where it can and inside long words where it
     * must; when more than maxLines are needed the last line ends with an ellipsis.
     */
    static List<String> wrap(String text, int maxWidth, int maxLines) {
        int perLine = Math.max(1, (int) (maxWidth / CHAR_WIDTH));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            while (word.length() > perLine) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, perLine));
                word = word.substring(perLine);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return truncate(lines, perLine, maxLines);
    }

    private static List<String> truncate(List<String> lines, int perLine, int maxLines) {
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        String shortened = last.length() >= perLine ? last.substring(0, perLine - 1) : last;
        kept.set(maxLines - 1, shortened + "\u2026");
        return kept;
    }
}
