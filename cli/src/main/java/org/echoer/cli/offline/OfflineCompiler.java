package org.echoer.cli.offline;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.echoer.cli.api.Problem;
import org.echoer.cli.output.Palette;
import org.echoer.cli.output.ProblemView;
import org.echoer.cli.output.SourceLines;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.check.Diagnostic;

/**
 * Checks and translates an FSL file with the fsl-to-bpmn compiler, no server involved, and prints its
 * diagnostics against the lines they are about.
 */
public final class OfflineCompiler {

    private final FslCompiler compiler;
    private final PrintWriter err;
    private final Palette palette;

    public OfflineCompiler(FslCompiler compiler, PrintWriter err, Palette palette) {
        this.compiler = compiler;
        this.err = err;
        this.palette = palette;
    }

    public CompilationResult compile(Path file) {
        String fsl = FslFile.read(file);
        CompilationResult result = compiler.compile(fsl);
        SourceLines source = new SourceLines().append(file.toString(), fsl);
        ProblemView view = new ProblemView();
        for (Diagnostic diagnostic : result.diagnostics()) {
            view.lines(problem(diagnostic), source, palette).forEach(err::println);
        }
        err.flush();
        return result;
    }

    public static Problem problem(Diagnostic diagnostic) {
        return new Problem(diagnostic.severity().label(), diagnostic.line(), diagnostic.column(), diagnostic.message());
    }
}
