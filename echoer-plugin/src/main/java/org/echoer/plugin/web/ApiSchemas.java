package org.echoer.plugin.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * Bodies the controllers read or write by hand (leniently, as echoer did), described for the OpenAPI
 * document only: the controllers' own signatures cannot say what they hold.
 */
final class ApiSchemas {

    private ApiSchemas() {
    }

    @Schema(description = "FSL in echoer's own form; the same document may also be sent as text/plain")
    record FslDocument(@Schema(description = "The FSL text: actions, flows and flow runs, each statement ended by a line "
            + "holding only /", requiredMode = Schema.RequiredMode.REQUIRED) String data) {
    }

    @Schema(description = "The answer to a callback that was taken")
    record CallbackAnswer(
            @Schema(description = "ok: the step completed; waiting: a heartbeat (done false) was recorded; already done: "
                    + "a duplicate or late callback, which changes nothing", allowableValues = {"ok", "waiting", "already done"})
            String status,
            @Schema(description = "What happened, for people", example = "step 'A' completed with SUCCESS") String message) {
    }

    @Schema(description = "A run of a deployed flow template to start")
    record StartRequest(
            @Schema(description = "The new flow run's name (unique)", requiredMode = Schema.RequiredMode.REQUIRED, example = "run1")
            String name,
            @Schema(description = "Arguments per step, overriding those the flow wrote: {\"step\": {\"arg\": value}}",
                    example = "{\"A\": {\"version\": \"v0.2.0\"}}") Map<String, Map<String, Object>> args) {
    }

    @Schema(description = "The run that was started")
    record StartAnswer(@Schema(example = "started") String status, @Schema(description = "The flow run's name") String name,
            @Schema(description = "The process instance id") String uuid) {
    }

    @Schema(description = "A flow run's state after a lifecycle call")
    record RunState(String name, @Schema(allowableValues = {"running", "paused", "done", "stopped", "failed"}) String state) {
    }
}
