package org.echoer.cli.terminal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import org.echoer.cli.api.CliException;
import org.echoer.cli.api.EchoerApi;
import org.echoer.cli.api.Problem;
import org.echoer.cli.api.RejectedException;
import org.echoer.cli.output.Palette;
import org.echoer.cli.output.ProblemView;
import org.echoer.cli.output.SourceLines;

/**
 * Sends a typed statement as a document ({@code POST /fsl}) and answers {@code OK}, or shows each
 * problem under the line it is about.
 */
final class StatementSender {

    private final EchoerApi api;
    private final PrintWriter out;
    private final Palette palette;
    private final ProblemView problems = new ProblemView();

    StatementSender(EchoerApi api, PrintWriter out, Palette palette) {
        this.api = api;
        this.out = out;
        this.palette = palette;
    }

    /** True when the server took the statement. */
    boolean send(List<String> lines) {
        SourceLines source = SourceLines.typed(lines);
        try {
            JsonNode result = api.submit(source.text());
            out.println(palette.ok("OK"));
            for (JsonNode warning : result.path("warnings")) {
                problems.lines(Problem.of(warning), source, palette).forEach(out::println);
            }
            return true;
        } catch (RejectedException e) {
            if (e.error().isPresent()) {
                e.error().get().problems().forEach(p -> problems.lines(p, source, palette).forEach(out::println));
            } else {
                out.println(palette.error("error") + ": " + e.getMessage());
            }
            return false;
        } catch (CliException e) {
            out.println(palette.error("error") + ": " + e.getMessage());
            return false;
        } finally {
            out.flush();
        }
    }
}
