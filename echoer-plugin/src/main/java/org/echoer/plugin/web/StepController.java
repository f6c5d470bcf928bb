package org.echoer.plugin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.echoer.plugin.step.Callback;
import org.echoer.plugin.step.CallbackOutcome;
import org.echoer.plugin.step.CallbackResult;
import org.echoer.plugin.callback.Callbacks;
import org.echoer.plugin.engine.parse.StepDefinitions;
import org.echoer.plugin.run.Activation;
import org.echoer.plugin.run.FlowRuns;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The callback {@code POST /step} and the step activations. */
@RestController
@Tag(name = "steps", description = "The callback business services send, and step activations")
public class StepController {

    private final Callbacks callbacks;
    private final FlowRuns runs;
    private final ExternalTaskService externalTasks;
    private final StepDefinitions steps;
    private final ObjectMapper json;

    public StepController(Callbacks callbacks, FlowRuns runs, ExternalTaskService externalTasks, StepDefinitions steps,
            ObjectMapper json) {
        this.callbacks = callbacks;
        this.runs = runs;
        this.externalTasks = externalTasks;
        this.steps = steps;
        this.json = json;
    }

    /** {@code {flowId, stepName, ackState, uuid, done, data?, globalVariables?}}, read leniently like echoer (any content type). */
    @PostMapping("/step")
    @Operation(summary = "The callback: a business service reports the state a step reached",
            description = "Read as JSON whatever the Content-Type. Needs no API credentials; with a callback secret "
                    + "configured, it must carry the secret's header (X-Echoer-Secret by default), which every dispatch sends.",
            security = @SecurityRequirement(name = "callbackSecret"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Callback.class))))
    @ApiResponse(responseCode = "200", description = "The step completed, or the callback was a duplicate (already done)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.CallbackAnswer.class)))
    @ApiResponse(responseCode = "202", description = "done was false: data recorded, the step keeps waiting",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.CallbackAnswer.class)))
    @ApiResponse(responseCode = "400", description = "A state the step has no transition for, a flowId or stepName that "
            + "does not match the uuid, or a body that is not such JSON",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "The callback secret is missing or wrong",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No activation has this uuid",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "The flow run is paused: send the callback again after it continues",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "410", description = "The flow run was stopped",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public ResponseEntity<Object> callback(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        CallbackResult result = callbacks.take(parse(TextBodies.decode(body, charsetOf(contentType))));
        CallbackOutcome outcome = result.outcome();
        HttpStatus status = statusOf(outcome);
        if (status.is2xxSuccessful()) {
            String word = switch (outcome) {
                case ALREADY_DONE -> "already done";
                case WAITING -> "waiting";
                default -> "ok";
            };
            return ResponseEntity.status(status).body(Map.of("status", word, "message", result.message()));
        }
        String error = switch (outcome) {
            case UNKNOWN_UUID -> "not found";
            case PAUSED -> "paused";
            case STOPPED -> "stopped";
            default -> "bad request";
        };
        return ResponseEntity.status(status).body(ApiError.of(error, result.message()));
    }

    /** Activations: of one flow run ({@code ?flowId=}), or every step waiting for its callback. */
    @GetMapping("/step")
    @Operation(summary = "Activations of one flow run (?flowId=), or every step waiting for its callback")
    public List<Activation> list(@RequestParam(required = false) String flowId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        if (flowId != null) {
            return Paging.page(runs.activations(runs.require(flowId)), page, size);
        }
        var first = Paging.offset(page, size);
        if (first.isEmpty()) {
            return List.of();
        }
        List<Activation> waiting = new ArrayList<>();
        for (ExternalTask task : externalTasks.createExternalTaskQuery().listPage(first.get(), size)) {
            steps.find(task.getProcessDefinitionId(), task.getActivityId()).ifPresent(step ->
                    waiting.add(new Activation(task.getId(), step.stepName(), null, false, null, null, null)));
        }
        return waiting;
    }

    /** Every activation of one step of a flow run. */
    @GetMapping("/step/{name}")
    @Operation(summary = "Every activation of one step of a flow run")
    public List<Activation> step(@PathVariable String name, @RequestParam String flowId) {
        return runs.activations(runs.require(flowId)).stream().filter(a -> name.equals(a.stepName())).toList();
    }

    /** Only the charset counts: echoer's services send callbacks with any content type, or none. */
    private static MediaType charsetOf(String contentType) {
        try {
            return contentType == null ? MediaType.APPLICATION_JSON : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_JSON;
        }
    }

    private Callback parse(String body) {
        JsonNode root;
        try {
            // like echoer's Go server, nothing may follow the object
            root = json.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("the callback is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadRequestException("the callback must be a JSON object {flowId, stepName, ackState, uuid, done}");
        }
        String uuid = text(root, "uuid", true);
        JsonNode done = root.get("done");
        if (done != null && !done.isBoolean() && !done.isNull()) {
            throw new BadRequestException("'done' must be true or false");
        }
        JsonNode globals = root.get("globalVariables");
        if (globals != null && !globals.isNull() && !globals.isObject()) {
            throw new BadRequestException("'globalVariables' must be an object");
        }
        // echoer reads a missing 'done' as false: the step keeps waiting
        return new Callback(text(root, "flowId", false), text(root, "stepName", false), text(root, "ackState", false), uuid,
                done != null && done.asBoolean(), root.get("data"), globals);
    }

    private static String text(JsonNode root, String field, boolean required) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new BadRequestException("the callback has no '" + field + "'");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new BadRequestException("'" + field + "' must be a string");
        }
        return TextBodies.withoutNul(value.asText(), "'" + field + "'");
    }

    /** The answer docs/api.md ("The callback") gives each outcome. */
    static HttpStatus statusOf(CallbackOutcome outcome) {
        return switch (outcome) {
            case COMPLETED, ALREADY_DONE -> HttpStatus.OK;
            case WAITING -> HttpStatus.ACCEPTED;
            case UNKNOWN_UUID -> HttpStatus.NOT_FOUND;
            case MISMATCH, UNEXPECTED_STATE -> HttpStatus.BAD_REQUEST;
            case PAUSED -> HttpStatus.CONFLICT;
            case STOPPED -> HttpStatus.GONE;
        };
    }
}
