package org.echoer.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One {@code /watch} event on one line: time, type, flow run, then step, state and uuid when it has them. */
public final class WatchLine {

    public String line(String type, JsonNode data, Palette palette) {
        List<String> parts = new ArrayList<>();
        String time = data.path("time").asText("");
        if (!time.isEmpty()) {
            parts.add(palette.dim(time));
        }
        parts.add(palette.strong(data.path("type").asText(type)));
        for (String field : List.of("flowId", "stepName", "state", "uuid")) {
            JsonNode value = data.path(field);
            if (value.isValueNode() && !value.isNull()) {
                parts.add(value.asText());
            }
        }
        return String.join(" ", parts);
    }
}
