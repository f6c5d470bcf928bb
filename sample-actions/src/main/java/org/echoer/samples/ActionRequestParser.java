package org.echoer.samples;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an action POST body. Strict where a callback depends on it ({@code uuid}, {@code ackStates}) and where
 * echoer's Go demo failed to bind (a {@code flowId} or {@code stepName} that is not a string); lenient about
 * everything else, since the remaining keys are the step's arguments.
 */
final class ActionRequestParser {

    static final String FLOW_ID = "flowId";
    static final String STEP_NAME = "stepName";
    static final String ACK_STATES = "ackStates";
    static final String UUID = "uuid";
    static final String GLOBAL_VARIABLES = "globalVariables";

    private static final Set<String> PROTOCOL_KEYS = Set.of(FLOW_ID, STEP_NAME, ACK_STATES, UUID, GLOBAL_VARIABLES);
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    ActionRequestParser(ObjectMapper mapper) {
        // a body with a second JSON value after the object is malformed, not an object plus noise
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    ActionRequest parse(String path, byte[] body) throws BadRequestException {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JacksonException e) {
            throw new BadRequestException("body is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            // readTree declares it for streams; a byte array only fails as JacksonException
            throw new BadRequestException("body is not readable: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new BadRequestException("body must be a JSON object");
        }
        String uuid = requiredText(root, UUID);
        List<String> ackStates = ackStates(root);
        String flowId = optionalText(root, FLOW_ID);
        String stepName = optionalText(root, STEP_NAME);
        JsonNode globals = root.get(GLOBAL_VARIABLES);
        Map<String, Object> globalVariables = globals != null && globals.isObject() ? toMap(globals) : null;

        Map<String, Object> whole = toMap(root);
        Map<String, Object> arguments = new LinkedHashMap<>(whole);
        arguments.keySet().removeAll(PROTOCOL_KEYS);
        return new ActionRequest(path, flowId, stepName, ackStates, uuid, globalVariables, arguments, whole);
    }

    private static String requiredText(JsonNode root, String field) throws BadRequestException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new BadRequestException("'" + field + "' is missing");
        }
        if (!node.isTextual() || node.textValue().isEmpty()) {
            throw new BadRequestException("'" + field + "' must be a non-empty string");
        }
        return node.textValue();
    }

    private static String optionalText(JsonNode root, String field) throws BadRequestException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BadRequestException("'" + field + "' must be a string");
        }
        return node.textValue();
    }

    private static List<String> ackStates(JsonNode root) throws BadRequestException {
        JsonNode node = root.get(ACK_STATES);
        if (node == null || node.isNull()) {
            throw new BadRequestException("'" + ACK_STATES + "' is missing");
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new BadRequestException("'" + ACK_STATES + "' must be a non-empty array of strings");
        }
        List<String> states = new ArrayList<>(node.size());
        for (JsonNode state : node) {
            if (!state.isTextual() || state.textValue().isEmpty()) {
                throw new BadRequestException("'" + ACK_STATES + "' must hold only non-empty strings");
            }
            states.add(state.textValue());
        }
        return states;
    }

    private Map<String, Object> toMap(JsonNode node) {
        return mapper.convertValue(node, MAP);
    }
}
