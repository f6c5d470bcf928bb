package org.echoer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a dispatch POST the driver needs (docs/api.md, "What an action receives"); step arguments and
 * globals are ignored.
 */
record Dispatch(String flowId, String stepName, List<String> ackStates, String uuid) {

    Dispatch {
        ackStates = List.copyOf(ackStates);
    }

    /** @throws IOException if the body is not JSON or lacks one of the fields */
    static Dispatch parse(byte[] body, ObjectMapper json) throws IOException {
        JsonNode root = json.readTree(body);
        if (root == null || !root.isObject()) {
            throw new IOException("the dispatch is not a JSON object");
        }
        List<String> states = new ArrayList<>();
        for (JsonNode state : root.path("ackStates")) {
            states.add(state.asText());
        }
        return new Dispatch(text(root, "flowId"), text(root, "stepName"), states, text(root, "uuid"));
    }

    private static String text(JsonNode root, String field) throws IOException {
        JsonNode value = root.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException("the dispatch has no '" + field + "'");
        }
        return value.asText();
    }
}
