package org.echoer.plugin.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /step}: a business service reports the state an activation reached.
 *
 * @param done false: only record {@code data}/{@code globalVariables}, the step keeps waiting
 * @param data kept on the step's history (any JSON), may be null
 * @param globalVariables merged into the flow run's variables, a JSON object or null
 */
@Schema(description = "What a business service reports about one step activation it was sent. Copy flowId, stepName and "
        + "uuid from the request it received.")
public record Callback(
        @Schema(description = "The flow run's name: flowId of the request the action received", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "my_flow_run") String flowId,
        @Schema(description = "The step's name: stepName of the request the action received", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "A") String stepName,
        @Schema(description = "The state the action reached: one of the request's ackStates that the step has a transition "
                + "for; required when done is true", example = "SUCCESS") String ackState,
        @Schema(description = "The activation: uuid of the request the action received", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "01a22000-210a-7c3e-9f4b-5d1e2a3b4c5d") String uuid,
        @Schema(description = "true: the step is finished and the flow run moves on by ackState; false: a heartbeat that "
                + "records data and globalVariables, and the step keeps waiting (for another step timeout)",
                requiredMode = Schema.RequiredMode.REQUIRED) boolean done,
        @Schema(description = "Any JSON, kept on the activation (GET /flowrun/{name} shows it)", nullable = true,
                implementation = Object.class) JsonNode data,
        @Schema(description = "A JSON object merged into the flow run's global variables, which every later step receives",
                nullable = true, type = "object", implementation = Object.class) JsonNode globalVariables) {
}
