package org.echoer.cli.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.echoer.samples.SampleActionsOptions;
import org.echoer.samples.SampleActionsServer;

/** The canonical demo document and the sample business services its actions point at (127.0.0.1:18080). */
public final class SeedDemo {

    /** examples/seed-demo.fsl of the repository, read from the module's directory where the build runs tests. */
    public static final Path FILE = Path.of("..", "examples", "seed-demo.fsl");

    private SeedDemo() {
    }

    public static String text() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the sample actions on the seed's port, calling back the server at {@code base}. Another
     * build on this machine may hold the port for a while: wait for it rather than fail at once.
     */
    public static SampleActionsServer startActions(String base) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            SampleActionsServer actions = new SampleActionsServer(SampleActionsOptions.builder().host("127.0.0.1")
                    .port(SampleActionsOptions.DEFAULT_PORT).callbackUrl(base + "/step").quiet(true).build());
            try {
                actions.start();
                return actions;
            } catch (BindException e) {
                actions.close();
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }
}
