package org.echoer.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.echoer.cli.api.ApiError;
import org.echoer.cli.api.ExitCodes;
import org.echoer.cli.api.Problem;
import org.echoer.cli.api.RejectedException;
import org.echoer.cli.offline.FslFile;
import org.echoer.cli.output.OutputFormat;
import org.echoer.cli.output.Palette;
import org.echoer.cli.output.ProblemView;
import org.echoer.cli.output.SourceLines;
import org.echoer.cli.output.SubmissionView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code echoer apply FILE...}: the files, in order, as one document ({@code POST /fsl}): everything is
 * checked before anything is deployed, so either all of it is deployed or none of it.
 */
@Command(name = "apply", description = "Deploy FSL files as one document: all of it, or nothing when anything is wrong.")
final class ApplyCommand implements Callable<Integer> {

    @ParentCommand
    EchoerCommand root;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "FSL files")
    List<Path> files;

    @Override
    public Integer call() {
        SourceLines document = new SourceLines();
        files.forEach(file -> document.append(file.toString(), FslFile.read(file)));
        PrintWriter out = root.environment().out();
        PrintWriter err = root.environment().err();
        Palette palette = root.palette();
        boolean json = root.output() == OutputFormat.JSON;
        try {
            JsonNode result = root.api().submit(document.text());
            if (json) {
                out.println(root.jsonText().pretty(result));
            } else {
                new SubmissionView().statements(result).forEach(out::println);
                for (JsonNode warning : result.path("warnings")) {
                    new ProblemView().lines(Problem.of(warning), document, palette).forEach(err::println);
                }
                out.println(palette.ok("OK"));
            }
            return ExitCodes.OK;
        } catch (RejectedException e) {
            if (e.error().isEmpty()) {
                throw e;
            }
            ApiError error = e.error().get();
            if (json) {
                out.println(root.jsonText().pretty(error));
            } else {
                error.problems().forEach(p -> new ProblemView().lines(p, document, palette).forEach(err::println));
                err.println("nothing was deployed");
            }
            return ExitCodes.REJECTED;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
