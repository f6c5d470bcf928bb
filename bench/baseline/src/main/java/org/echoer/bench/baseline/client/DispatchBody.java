package org.echoer.bench.baseline.client;

import java.util.LinkedHashMap;
import java.util.Map;
import org.echoer.bench.baseline.StepProperties;

/**
 * The JSON echoer sends an action (docs/api.md, "What an action receives"), built the way a hand-written
 * handler would: every step argument under its own name, plus {@code flowId}, {@code stepName},
 * {@code ackStates}, {@code uuid} and {@code globalVariables}.
 */
final class DispatchBody {

    private DispatchBody() {
    }

    /**
     * @param flowId the run's name (the process instance's business key)
     * @param uuid the external task's id, which the callback completes
     */
    static Map<String, Object> of(StepProperties step, String flowId, String uuid) {
        Map<String, Object> body = new LinkedHashMap<>(step.arguments());
        body.put("flowId", flowId);
        body.put("stepName", step.stepName());
        body.put("ackStates", step.declaredStates());
        body.put("uuid", uuid);
        body.put("globalVariables", Map.of());
        return body;
    }
}
