package org.echoer.samples;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Timestamped lines: request and callback traces on {@code out} unless quiet, trouble always on {@code err}. */
final class Log {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final PrintStream out;
    private final PrintStream err;
    private final boolean quiet;

    Log(PrintStream out, PrintStream err, boolean quiet) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    boolean tracing() {
        return !quiet;
    }

    void trace(String message) {
        if (!quiet) {
            out.println(LocalTime.now().format(TIME) + " " + message);
        }
    }

    void warn(String message) {
        err.println(LocalTime.now().format(TIME) + " WARN " + message);
    }
}
