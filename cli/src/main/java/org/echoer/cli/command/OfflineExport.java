package org.echoer.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.echoer.cli.api.ExitCodes;
import org.echoer.cli.offline.DiagramExport;
import org.echoer.cli.offline.DiagramFormat;
import org.echoer.cli.offline.OfflineCompiler;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.FslCompiler;

/** What {@code bpmn} and {@code svg} share: compile the file offline, then write one file per flow. */
final class OfflineExport {

    private final EchoerCommand root;

    OfflineExport(EchoerCommand root) {
        this.root = root;
    }

    int export(Path file, Path directory, DiagramFormat format) {
        PrintWriter out = root.environment().out();
        CompilationResult result = new OfflineCompiler(new FslCompiler(), root.environment().err(), root.palette()).compile(file);
        if (result.hasErrors()) {
            return ExitCodes.REJECTED;
        }
        for (Path written : new DiagramExport(format).write(result.flows(), directory)) {
            out.println("wrote " + written);
        }
        if (result.flows().isEmpty()) {
            out.println(file + " has no flow or flow run: nothing to write");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
