package org.echoer.plugin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echoer.plugin.definition.DefinitionKind;
import org.echoer.plugin.definition.DefinitionStore;
import org.echoer.plugin.definition.StoredDefinition;
import org.echoer.plugin.run.Diagrams;
import org.echoer.plugin.run.FlowRunNotFoundException;
import org.echoer.plugin.run.FlowTemplates;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Actions and flow templates: lists, one definition with its versions, delete, diagrams, start. */
@RestController
@Tag(name = "definitions", description = "Actions and flow templates: lists, versions, diagrams, starting runs")
public class DefinitionController {

    private final DefinitionStore store;
    private final Diagrams diagrams;
    private final FlowTemplates templates;

    public DefinitionController(DefinitionStore store, Diagrams diagrams, FlowTemplates templates) {
        this.store = store;
        this.diagrams = diagrams;
        this.templates = templates;
    }

    @GetMapping("/action")
    public List<StoredDefinition> actions(@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return Paging.page(store.list(DefinitionKind.ACTION, name), page, size);
    }

    @GetMapping("/flow")
    public List<StoredDefinition> flows(@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return Paging.page(store.list(DefinitionKind.FLOW, name), page, size);
    }

    @GetMapping("/action/{name}")
    public DefinitionView action(@PathVariable String name) {
        return view(DefinitionKind.ACTION, name);
    }

    @GetMapping("/flow/{name}")
    public DefinitionView flow(@PathVariable String name) {
        return view(DefinitionKind.FLOW, name);
    }

    @DeleteMapping({"/action/{name}", "/action/{name}/{uuid}"})
    public Map<String, String> deleteAction(@PathVariable String name, @PathVariable Optional<String> uuid) {
        return delete(DefinitionKind.ACTION, name, uuid);
    }

    @DeleteMapping({"/flow/{name}", "/flow/{name}/{uuid}"})
    public Map<String, String> deleteFlow(@PathVariable String name, @PathVariable Optional<String> uuid) {
        return delete(DefinitionKind.FLOW, name, uuid);
    }

    @GetMapping(value = "/flow/{name}/bpmn", produces = MediaType.APPLICATION_XML_VALUE)
    public byte[] flowBpmn(@PathVariable String name) {
        return diagrams.flowBpmn(name);
    }

    @GetMapping(value = "/flow/{name}/svg", produces = "image/svg+xml")
    public String flowSvg(@PathVariable String name) {
        return diagrams.flowSvg(name);
    }

    /** {@code {"name": "run name", "args": {"step": {"argument": value}}}}. */
    @PostMapping("/flow/{name}/start")
    @Operation(summary = "Starts a run of a flow template, with arguments per step",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.StartRequest.class))))
    @ApiResponse(responseCode = "200", description = "Started", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.StartAnswer.class)))
    @ApiResponse(responseCode = "400", description = "No name, or arguments the flow's actions do not declare",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No flow of that name",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "A flow run of that name exists",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public ResponseEntity<Map<String, String>> start(@PathVariable String name, @RequestBody JsonNode request) {
        if (request == null || !request.path("name").isTextual() || request.get("name").asText().isBlank()) {
            throw new BadRequestException("the body must be {\"name\": \"<flow run name>\", \"args\": {...}}");
        }
        String runName = request.get("name").asText();
        String id = templates.start(name, runName, request.get("args"));
        return ResponseEntity.ok(Map.of("status", "started", "name", runName, "uuid", id));
    }

    private DefinitionView view(DefinitionKind kind, String name) {
        List<StoredDefinition> versions = store.versions(kind, name);
        if (versions.isEmpty()) {
            throw new FlowRunNotFoundException("no " + kind.path() + " '" + name + "'");
        }
        return new DefinitionView(versions.get(versions.size() - 1), versions);
    }

    private Map<String, String> delete(DefinitionKind kind, String name, Optional<String> uuid) {
        if (!store.delete(kind, name, uuid)) {
            throw new FlowRunNotFoundException("no " + kind.path() + " '" + name + "'" + uuid.map(u -> " with uuid " + u).orElse(""));
        }
        return Map.of("status", "deleted", "name", name);
    }

    /** One definition: the current version and all versions. */
    public record DefinitionView(StoredDefinition current, List<StoredDefinition> versions) {
    }
}
