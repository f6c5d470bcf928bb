package org.echoer.plugin.web;

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
import org.echoer.plugin.run.OnConflict;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Flow runs: list, one run with its activations, lifecycle, delete, diagrams. */
@RestController
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
    public List<FlowRunSummary> list(@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return Paging.offset(page, size).map(first -> runs.list(name, first, size)).orElse(List.of());
    }

    @GetMapping("/flowrun/{name}")
    public FlowRunView get(@PathVariable String name) {
        return runs.view(name);
    }

    @PostMapping("/flowrun/{name}/pause")
    public Map<String, String> pause(@PathVariable String name) {
        return state(name, lifecycle.pause(name));
    }

    @PostMapping("/flowrun/{name}/continue")
    public Map<String, String> resume(@PathVariable String name) {
        return state(name, lifecycle.resume(name));
    }

    @PostMapping("/flowrun/{name}/stop")
    public Map<String, String> stop(@PathVariable String name) {
        return state(name, lifecycle.stop(name));
    }

    /** echoer's delete: stops the run if it runs, then removes it and, for a flow_run, its deployment. */
    @DeleteMapping({"/flowrun/{name}", "/flowrun/{name}/{uuid}"})
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
    public byte[] bpmn(@PathVariable String name) {
        return diagrams.runBpmn(name);
    }

    @GetMapping(value = "/flowrun/{name}/svg", produces = "image/svg+xml")
    public String svg(@PathVariable String name) {
        return diagrams.runSvg(name);
    }

    private static Map<String, String> state(String name, FlowRunState state) {
        return Map.of("name", name, "state", state.label());
    }
}
