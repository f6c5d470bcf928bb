package org.echoer.samples;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One action POST as the engine sent it (docs/api.md, "What an action receives"): the protocol fields, the
 * step's arguments, and the whole body as parsed, in the order its keys arrived. Maps keep JSON
 * {@code null}s, so they are unmodifiable views rather than {@code Map.copyOf}.
 *
 * @param path the request path, such as {@code /ci}
 * @param flowId the flow run's name, or null when the body has none
 * @param stepName the step's name, or null when the body has none
 * @param ackStates the states the action may report, in declared order; never empty
 * @param uuid the id of this activation of the step
 * @param globalVariables the flow run's variables, or null when absent, null or not an object
 * @param arguments every other key: the step's arguments
 * @param body the whole body
 */
public record ActionRequest(
        String path,
        String flowId,
        String stepName,
        List<String> ackStates,
        String uuid,
        Map<String, Object> globalVariables,
        Map<String, Object> arguments,
        Map<String, Object> body) {

    public ActionRequest {
        Objects.requireNonNull(path, "path");
        ackStates = List.copyOf(ackStates);
        Objects.requireNonNull(uuid, "uuid");
        globalVariables = globalVariables == null ? null : unmodifiable(globalVariables);
        arguments = unmodifiable(arguments);
        body = unmodifiable(body);
    }

    private static Map<String, Object> unmodifiable(Map<String, Object> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
