package org.echoer.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Turns JSON values into short table cells. */
final class Cells {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private Cells() {
    }

    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? "yes" : "no";
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(text(n)));
            return String.join(", ", parts);
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** Dates come as ISO text or epoch milliseconds depending on the server's Jackson settings. */
    static String time(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isNumber()) {
            return TIME.format(Instant.ofEpochMilli(node.asLong()));
        }
        try {
            return TIME.format(java.time.OffsetDateTime.parse(node.asText()).toInstant());
        } catch (DateTimeParseException e) {
            return node.asText();
        }
    }
}
