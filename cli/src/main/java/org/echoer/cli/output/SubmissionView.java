package org.echoer.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.echoer.cli.api.ResourceType;

/** What a submission did, one line per statement: {@code action ci: created (version 1)}. */
public final class SubmissionView {

    public List<String> statements(JsonNode result) {
        List<String> lines = new ArrayList<>();
        for (JsonNode statement : result.path("statements")) {
            String kind = statement.path("kind").asText("");
            kind = ResourceType.parse(kind).map(ResourceType::label).orElse(kind.toLowerCase(Locale.ROOT));
            lines.add(kind + " " + statement.path("name").asText() + ": " + statement.path("status").asText()
                    + " (version " + statement.path("version").asText() + ")");
        }
        return lines;
    }
}
