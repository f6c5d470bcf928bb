package org.echoer.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Optional;
import org.echoer.cli.api.EchoerApi;
import org.echoer.cli.api.ResourceType;

/**
 * {@code list}, {@code get} and {@code del}: asks the API and prints the answer as a table, as labelled
 * lines, or as the server's JSON. The prompt and the scripting commands share it.
 */
public final class ResourcePrinter {

    private final EchoerApi api;
    private final PrintWriter out;
    private final Palette palette;
    private final OutputFormat format;
    private final JsonText json;

    public ResourcePrinter(EchoerApi api, PrintWriter out, Palette palette, OutputFormat format, JsonText json) {
        this.api = api;
        this.out = out;
        this.palette = palette;
        this.format = format;
        this.json = json;
    }

    public void list(ResourceType type, Optional<String> flowRun) {
        JsonNode items = api.list(type, flowRun);
        if (format == OutputFormat.JSON) {
            out.println(json.pretty(items));
        } else {
            Table table = new ListView().table(type, items);
            if (table.isEmpty()) {
                out.println(palette.dim("no " + type.label() + "s"));
            } else {
                table.render(palette).forEach(out::println);
            }
        }
        out.flush();
    }

    public void get(ResourceType type, String name, Optional<String> flowRun) {
        JsonNode resource = api.get(type, name, flowRun);
        if (format == OutputFormat.JSON) {
            out.println(json.pretty(resource));
        } else {
            new DetailView().lines(type, resource, palette).forEach(out::println);
        }
        out.flush();
    }

    public void delete(ResourceType type, String name) {
        JsonNode answer = api.delete(type, name);
        if (format == OutputFormat.JSON) {
            out.println(json.pretty(answer));
        } else {
            out.println(palette.ok("deleted") + " " + type.label() + " " + name);
        }
        out.flush();
    }
}
