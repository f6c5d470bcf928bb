package org.echoer.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.echoer.cli.api.ResourceType;

/** A list answer ({@code GET /action}, {@code /flow}, {@code /flowrun}, {@code /step}) as a table. */
public final class ListView {

    public Table table(ResourceType type, JsonNode items) {
        return switch (type) {
            case ACTION, FLOW -> definitions(items);
            case FLOW_RUN -> flowRuns(items);
            case STEP -> activations(items);
        };
    }

    private static Table definitions(JsonNode items) {
        Table table = new Table(List.of("NAME", "VERSION", "UUID", "DEPLOYED"));
        for (JsonNode item : items) {
            table.row(List.of(Cells.text(item.path("name")), Cells.text(item.path("version")), Cells.text(item.path("uuid")),
                    Cells.time(item.path("deployedAt"))));
        }
        return table;
    }

    private static Table flowRuns(JsonNode items) {
        Table table = new Table(List.of("NAME", "STATE", "FLOW", "UUID", "STARTED"));
        for (JsonNode item : items) {
            table.row(List.of(Cells.text(item.path("name")), Cells.text(item.path("state")), Cells.text(item.path("flow")),
                    Cells.text(item.path("uuid")), Cells.time(item.path("startedAt"))));
        }
        return table;
    }

    static Table activations(JsonNode items) {
        Table table = new Table(List.of("STEP", "STATE", "DONE", "UUID", "STARTED"));
        for (JsonNode item : items) {
            String state = Cells.text(item.path("state"));
            boolean done = item.path("done").asBoolean();
            table.row(List.of(Cells.text(item.path("stepName")), state.isEmpty() && !done ? "waiting" : state,
                    done ? "yes" : "no", Cells.text(item.path("uuid")), Cells.time(item.path("startedAt"))));
        }
        return table;
    }
}
