package org.echoer.cli.offline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.echoer.cli.api.RejectedException;
import org.echoer.fsl.CompiledFlow;

/** Writes one file per flow and flow run, named after its process id, into a directory. */
public final class DiagramExport {

    private final DiagramFormat format;

    public DiagramExport(DiagramFormat format) {
        this.format = format;
    }

    public List<Path> write(List<CompiledFlow> flows, Path directory) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (CompiledFlow flow : flows) {
                Path file = directory.resolve(format.fileName(flow));
                Files.writeString(file, format.render(flow), StandardCharsets.UTF_8);
                written.add(file);
            }
        } catch (IOException e) {
            throw new RejectedException(directory + ": cannot write: " + e.getMessage());
        }
        return written;
    }
}
