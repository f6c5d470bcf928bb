package org.echoer.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.echoer.cli.api.EchoerApi;
import org.echoer.cli.api.ExitCodes;
import org.echoer.cli.output.OutputFormat;
import org.echoer.cli.output.Palette;
import org.echoer.cli.output.WatchLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code echoer watch [NAME]}: follows {@code GET /watch}, one line per event, until interrupted or the server ends it. */
@Command(name = "watch", description = "Follow flow run events as they happen, one line each (all flow runs, or only NAME).")
final class WatchCommand implements Callable<Integer> {

    @ParentCommand
    EchoerCommand root;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "only this flow run")
    String flowRun;

    @Option(names = {"-n", "--count"}, paramLabel = "N", description = "stop after N events")
    Long count;

    @Override
    public Integer call() {
        EchoerApi api = root.api();
        PrintWriter out = root.environment().out();
        Palette palette = root.palette();
        boolean json = root.output() == OutputFormat.JSON;
        WatchLine lines = new WatchLine();
        AtomicLong seen = new AtomicLong();
        if (count != null && count <= 0) {
            return ExitCodes.OK;
        }
        api.watch(Optional.ofNullable(flowRun), event -> {
            JsonNode data = api.parse(event.data());
            if (json) {
                out.println(data == null ? event.data() : root.jsonText().oneLine(data));
            } else {
                out.println(data == null ? event.name() + " " + event.data() : lines.line(event.name(), data, palette));
            }
            out.flush();
            return count == null || seen.incrementAndGet() < count;
        });
        return ExitCodes.OK;
    }
}
