package org.echoer.cli.output;

/** ANSI colours, or plain text when the output is not a terminal (or NO_COLOR is set). */
public final class Palette {

    private static final String RESET = "\u001b[0m";

    private final boolean enabled;

    public Palette(boolean enabled) {
        this.enabled = enabled;
    }

    public static Palette plain() {
        return new Palette(false);
    }

    public boolean enabled() {
        return enabled;
    }

    public String ok(String text) {
        return paint("\u001b[32m", text);
    }

    public String error(String text) {
        return paint("\u001b[31m", text);
    }

    public String warning(String text) {
        return paint("\u001b[33m", text);
    }

    public String strong(String text) {
        return paint("\u001b[1m", text);
    }

    public String dim(String text) {
        return paint("\u001b[2m", text);
    }

    private String paint(String code, String text) {
        return enabled ? code + text + RESET : text;
    }
}
