package org.echoer.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The workloads of {@code --workload}. */
enum WorkloadKind {

    /** The seed demo's flow run, happy path (first declared states): A, D, B, C. */
    SEED,
    /** A generated chain of 20 steps, each answering SUCCESS. */
    LINEAR20,
    /** The seed demo's flow run, every step answering FAIL three times before its first declared state. */
    LOOPS;

    private static final int LINEAR_STEPS = 20;
    private static final int LOOP_FAILURES = 3;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param actionService the driver's action service, where every action of the workload points
     * @param workingDir where the search for {@code examples/seed-demo.fsl} starts
     */
    Workload build(URI actionService, Path workingDir) throws IOException {
        return switch (this) {
            case SEED -> Workload.of(label(), seedDemo(workingDir), actionService, StatePolicy.firstDeclared());
            case LINEAR20 -> Workload.of(label(), GeneratedFsl.linearChain(LINEAR_STEPS, actionService + "/work"),
                    actionService, StatePolicy.firstDeclared());
            case LOOPS -> Workload.of(label(), seedDemo(workingDir), actionService, StatePolicy.failingFirst(LOOP_FAILURES));
        };
    }

    private static String seedDemo(Path workingDir) throws IOException {
        return Files.readString(SeedDemoFile.find(workingDir));
    }
}
