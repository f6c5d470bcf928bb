package org.echoer.plugin.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.echoer.plugin.step.StepDefinition;

/**
 * The JSON an action receives (docs/api.md, "What an action receives"): every step argument under its own name, plus
 * {@code flowId}, {@code stepName}, {@code ackStates}, {@code uuid} and {@code globalVariables}.
 */
final class DispatchBody {

    private DispatchBody() {
    }

    /**
     * @param startArgs the template's start arguments for this run ({step: {arg: value}}), or null
     * @param globals the run's global variables, a JSON object, or null
     */
    static Map<String, Object> of(StepDefinition step, String flowId, String uuid, JsonNode startArgs, JsonNode globals,
            ObjectMapper json) {
        Map<String, Object> body = new HashMap<>(step.arguments());
        if (startArgs != null && startArgs.has(step.stepName())) {
            for (Iterator<Map.Entry<String, JsonNode>> it = startArgs.get(step.stepName()).fields(); it.hasNext();) {
                var argument = it.next();
                body.put(argument.getKey(), json.convertValue(argument.getValue(), Object.class));
            }
        }
        body.put("flowId", flowId);
        body.put("stepName", step.stepName());
        body.put("ackStates", step.declaredStates());
        body.put("uuid", uuid);
        body.put("globalVariables", globals != null && globals.isObject() ? globals : json.createObjectNode());
        return body;
    }
}
