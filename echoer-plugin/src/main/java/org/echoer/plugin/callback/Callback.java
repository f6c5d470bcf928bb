package org.echoer.plugin.callback;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /step}: a business service reports the state an activation reached.
 *
 * @param done false: only record {@code data}/{@code globalVariables}, the step keeps waiting
 * @param data kept on the step's history (any JSON), may be null
 * @param globalVariables merged into the flow run's variables, a JSON object or null
 */
public record Callback(String flowId, String stepName, String ackState, String uuid, boolean done, JsonNode data,
        JsonNode globalVariables) {
}
