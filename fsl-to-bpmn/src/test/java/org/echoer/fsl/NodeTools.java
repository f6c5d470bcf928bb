package org.echoer.fsl;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Node scripts of {@code src/test/lint} (bpmnlint, the element templates validator) with the
 * packages {@code npm ci} installed there. Without node or the packages the test is skipped with a
 * message; under {@code CI=true} that is a failure ({@code .ci/run} installs them first).
 */
public final class NodeTools {

    private NodeTools() {
    }

    /** The directory of the scripts and their package.json, from any module of the checkout. */
    public static Path lintDirectory() {
        return Examples.repositoryExamples().getParent().resolve("fsl-to-bpmn/src/test/lint");
    }

    /** Output of {@code node SCRIPT ARGS...} run in the lint directory, and its exit code. */
    public record Run(int exitCode, String output) {
    }

    public static Run run(String script, String... args) {
        Path directory = lintDirectory();
        String missing = null;
        if (!Files.isDirectory(directory.resolve("node_modules"))) {
            missing = "no " + directory.resolve("node_modules") + " (run: npm ci --prefix " + directory + ")";
        }
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        try {
            if (missing == null) {
                Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    fail("node " + script + " did not finish in 5 minutes");
                }
                return new Run(process.exitValue(), output);
            }
        } catch (IOException e) {
            missing = "node cannot run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(missing + "; under CI=true the Node tools must run");
        }
        System.err.println("skipped: " + missing);
        abort(missing);
        throw new IllegalStateException("unreachable");
    }
}
