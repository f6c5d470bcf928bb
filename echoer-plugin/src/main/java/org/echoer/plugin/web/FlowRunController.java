package org.echoer.plugin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echoer.plugin.definition.DefinitionKind;
import org.echoer.plugin.definition.DefinitionStore;
import org.echoer.plugin.run.Diagrams;
import org.echoer.plugin.run.FlowRunLifecycle;
import org.echoer.plugin.run.FlowRunNotFoundException;
import org.echoer.plugin.run.FlowRunState;
import org.echoer.plugin.run.FlowRunSummary;
import org.echoer.plugin.run.FlowRunView;
import org.echoer.plugin.run.FlowRuns;
import org.echoer.plugin.engine.command.OnConflict;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Flow runs: list, one run with its activations, lifecycle, delete, diagrams. */
@RestController
@Tag(name = "flow runs", description = "Flow runs: state, activations, lifecycle, diagrams")
public class FlowRunController {

    private final FlowRuns runs;
    private final FlowRunLifecycle lifecycle;
    private final DefinitionStore store;
    private final Diagrams diagrams;

    public FlowRunController(FlowRuns runs, FlowRunLifecycle lifecycle, DefinitionStore store, Diagrams diagrams) {
        this.runs = runs;
        this.lifecycle = lifecycle;
        this.store = store;
        this.diagrams = diagrams;
    }

    @GetMapping("/flowrun")
    @Operation(summary = "Flow runs, most recent first; ?name= filters by a part of the name")
    public List<FlowRunSummary> list(@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return Paging.offset(page, size).map(first -> runs.list(name, first, size)).orElse(List.of());
    }

    @GetMapping("/flowrun/{name}")
    @Operation(summary = "One flow run: state, current step, the steps passed and every activation",
            description = "Also for a process deployed through Camunda and started with this name as business key.")
    @ApiResponse(responseCode = "200", description = "The flow run",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FlowRunView.class)))
    @ApiResponse(responseCode = "404", description = "No flow run of that name",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public FlowRunView get(@PathVariable String name) {
        return runs.view(name);
    }

    @PostMapping("/flowrun/{name}/pause")
    @Operation(summary = "Pauses a run: its steps wait, callbacks are answered 409")
    @ApiResponse(responseCode = "200", description = "The run's state now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.RunState.class)))
    public Map<String, String> pause(@PathVariable String name) {
        return state(name, lifecycle.pause(name));
    }

    @PostMapping("/flowrun/{name}/continue")
    @Operation(summary = "Continues a paused run")
    @ApiResponse(responseCode = "200", description = "The run's state now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.RunState.class)))
    public Map<String, String> resume(@PathVariable String name) {
        return state(name, lifecycle.resume(name));
    }

    @PostMapping("/flowrun/{name}/stop")
    @Operation(summary = "Stops a run for good")
    @ApiResponse(responseCode = "200", description = "The run's state now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.RunState.class)))
    public Map<String, String> stop(@PathVariable String name) {
        return state(name, lifecycle.stop(name));
    }

    /** echoer's delete: stops the run if it runs, then removes it and, for a flow_run, its deployment. */
    @DeleteMapping({"/flowrun/{name}", "/flowrun/{name}/{uuid}"})
    @Operation(summary = "Deletes a run (stopped first when it runs) and, for a flow_run, its deployment")
    public Map<String, String> delete(@PathVariable String name, @PathVariable Optional<String> uuid) {
        uuid.ifPresent(id -> {
            if (!runs.require(name).getId().equals(id)) {
                throw new FlowRunNotFoundException("flow run '" + name + "' has no uuid " + id);
            }
        });
        // each part retries its own conflicts; a retry inside one outer transaction could not
        boolean deleted = lifecycle.delete(name);
        deleted |= OnConflict.retry(() -> store.delete(DefinitionKind.FLOW_RUN, name, Optional.empty()));
        if (!deleted) {
            throw new FlowRunNotFoundException("no flow run '" + name + "'");
        }
        return Map.of("status", "deleted", "name", name);
    }

    @GetMapping(value = "/flowrun/{name}/bpmn", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The run's BPMN 2.0 XML as deployed")
    public byte[] bpmn(@PathVariable String name) {
        return diagrams.runBpmn(name);
    }

    @GetMapping(value = "/flowrun/{name}/svg", produces = "image/svg+xml")
    @Operation(summary = "The run's diagram with the steps it passed marked")
    public String svg(@PathVariable String name) {
        return diagrams.runSvg(name);
    }

    private static Map<String, String> state(String name, FlowRunState state) {
        return Map.of("name", name, "state", state.label());
    }
}
