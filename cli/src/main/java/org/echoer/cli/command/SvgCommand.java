package org.echoer.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echoer.cli.offline.DiagramFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code echoer svg FILE.fsl [-o DIR]}: no server needed. */
@Command(name = "svg", description = "Write DIR/<process id>.svg (the diagram) for each flow and flow run of the file (no server needed).")
final class SvgCommand implements Callable<Integer> {

    @ParentCommand
    EchoerCommand root;

    @Parameters(index = "0", paramLabel = "FILE.fsl")
    Path file;

    @Option(names = {"-o", "--dir"}, paramLabel = "DIR", description = "where to write (default: the current directory)")
    Path directory = Path.of(".");

    @Override
    public Integer call() {
        return new OfflineExport(root).export(file, directory, DiagramFormat.SVG);
    }
}
