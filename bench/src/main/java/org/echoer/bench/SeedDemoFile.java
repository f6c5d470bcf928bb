package org.echoer.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code examples/seed-demo.fsl} by walking up from a directory, so benchmarks run from anywhere in the repository. */
final class SeedDemoFile {

    private SeedDemoFile() {
    }

    static Path find(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples").resolve("seed-demo.fsl");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/seed-demo.fsl not found above " + start.toAbsolutePath()
                + ": run from the repository");
    }
}
