package org.echoer.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.echoer.cli.api.ResourceType;

/** One resource ({@code GET /flowrun/NAME} and the like) as labelled lines and tables. */
public final class DetailView {

    public List<String> lines(ResourceType type, JsonNode resource, Palette palette) {
        return switch (type) {
            case FLOW_RUN -> flowRun(resource, palette);
            case ACTION, FLOW -> definition(type, resource, palette);
            case STEP -> ListView.activations(resource).render(palette);
        };
    }

    private static List<String> flowRun(JsonNode run, Palette palette) {
        List<String> lines = new ArrayList<>();
        Fields fields = new Fields(lines, palette);
        fields.add("flow run", Cells.text(run.path("name")));
        fields.add("state", stateText(Cells.text(run.path("state")), palette));
        fields.add("flow", Cells.text(run.path("flow")));
        fields.add("uuid", Cells.text(run.path("uuid")));
        fields.add("current step", run.path("currentStep").isTextual() ? run.path("currentStep").asText() : "-");
        List<String> passed = new ArrayList<>();
        run.path("statesPassed").forEach(s -> passed.add(s.asText()));
        fields.add("states passed", passed.isEmpty() ? "-" : String.join(" -> ", passed));
        fields.add("started", Cells.time(run.path("startedAt")));
        fields.add("ended", Cells.time(run.path("endedAt")));
        if (run.path("incident").isTextual()) {
            fields.add("incident", palette.error(run.path("incident").asText()));
        }
        JsonNode activations = run.path("activations");
        if (activations.isArray() && !activations.isEmpty()) {
            lines.add("");
            lines.addAll(ListView.activations(activations).render(palette));
        }
        return lines;
    }

    private static List<String> definition(ResourceType type, JsonNode view, Palette palette) {
        JsonNode current = view.has("current") ? view.path("current") : view;
        List<String> lines = new ArrayList<>();
        Fields fields = new Fields(lines, palette);
        fields.add(type.label(), Cells.text(current.path("name")));
        fields.add("version", Cells.text(current.path("version")));
        fields.add("uuid", Cells.text(current.path("uuid")));
        fields.add("deployed", Cells.time(current.path("deployedAt")));
        List<String> versions = new ArrayList<>();
        view.path("versions").forEach(v -> versions.add(Cells.text(v.path("version"))));
        if (!versions.isEmpty()) {
            fields.add("versions", String.join(", ", versions));
        }
        if (current.path("fsl").isTextual()) {
            lines.add("");
            current.path("fsl").asText().strip().lines().forEach(lines::add);
        }
        return lines;
    }

    private static String stateText(String state, Palette palette) {
        return switch (state) {
            case "done" -> palette.ok(state);
            case "failed", "stopped" -> palette.error(state);
            case "paused" -> palette.warning(state);
            default -> state;
        };
    }

    /** {@code label   value} lines with the values in one column. */
    private record Fields(List<String> lines, Palette palette) {

        private static final int WIDTH = 15;

        void add(String label, String value) {
            lines.add(palette.dim(label + " ".repeat(Math.max(1, WIDTH - label.length()))) + value);
        }
    }
}
