package org.echoer.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * One diagnostic about FSL, as the server or the offline compiler reports it.
 *
 * @param line 1-based, 0 when the problem has no position
 * @param column 1-based, 0 when the problem has no position
 */
public record Problem(String severity, int line, int column, String message) {

    /** Reads one entry of the server's {@code diagnostics} or {@code warnings}. */
    public static Problem of(JsonNode diagnostic) {
        return new Problem(diagnostic.path("severity").asText("error").toLowerCase(Locale.ROOT), diagnostic.path("line").asInt(0),
                diagnostic.path("column").asInt(0), diagnostic.path("message").asText());
    }

    public boolean isError() {
        return !"warning".equalsIgnoreCase(severity);
    }

    public boolean hasPosition() {
        return line > 0;
    }
}
