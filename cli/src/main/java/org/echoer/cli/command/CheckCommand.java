package org.echoer.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.echoer.cli.api.ExitCodes;
import org.echoer.cli.offline.OfflineCompiler;
import org.echoer.cli.output.OutputFormat;
import org.echoer.cli.output.Palette;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.FslCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code echoer check FILE.fsl}: the diagnostics only, no server needed, nothing written. */
@Command(name = "check", description = "Check an FSL file and print its errors and warnings (no server needed).")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    EchoerCommand root;

    @Parameters(index = "0", paramLabel = "FILE.fsl")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = root.environment().out();
        Palette palette = root.palette();
        boolean json = root.output() == OutputFormat.JSON;
        PrintWriter diagnostics = json ? new PrintWriter(PrintWriter.nullWriter()) : root.environment().err();
        CompilationResult result = new OfflineCompiler(new FslCompiler(), diagnostics, palette).compile(file);
        if (json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("valid", !result.hasErrors());
            report.put("diagnostics", result.diagnostics().stream().map(OfflineCompiler::problem).toList());
            report.put("flows", result.flows().stream().map(f -> f.name()).toList());
            out.println(root.jsonText().pretty(report));
        } else if (!result.hasErrors()) {
            out.println(file + ": " + palette.ok("OK") + " (" + result.document().statements().size() + " statements, "
                    + result.warnings().size() + " warnings)");
        }
        out.flush();
        return result.hasErrors() ? ExitCodes.REJECTED : ExitCodes.OK;
    }
}
