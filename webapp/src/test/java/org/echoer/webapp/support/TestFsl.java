package org.echoer.webapp.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** FSL for tests: the repository's examples, pointed at a test's action server when needed. */
public final class TestFsl {

    /** Where the seed demo's actions live, verbatim. */
    public static final String SEED_ACTIONS = "http://localhost:18080";

    private TestFsl() {
    }

    public static String seedDemo() {
        return read("seed-demo.fsl");
    }

    /** The seed demo with its actions at {@code baseUrl} and its flow run renamed, so tests can run it side by side. */
    public static String seedDemo(String baseUrl, String runName) {
        return seedDemo().replace(SEED_ACTIONS, baseUrl).replace("flow_run my_flow_run", "flow_run " + runName);
    }

    /** Only the flow run of the seed demo, renamed (its actions must exist already). */
    public static String seedRun(String runName) {
        String seed = seedDemo();
        return seed.substring(seed.indexOf("flow_run my_flow_run")).replace("flow_run my_flow_run", "flow_run " + runName);
    }

    public static String read(String example) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("examples").resolve(example);
            if (Files.exists(file)) {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("examples/" + example + " not found above " + Path.of("").toAbsolutePath());
    }

    /** An action with states OK and FAIL at {@code addr}, and a run of one step {@code only}: OK ends it, FAIL repeats it. */
    public static String oneStepRun(String action, String addr, String run) {
        return """
                action %s
                    addr = "%s";
                    method = http;
                    return = (OK | FAIL);
                action_end
                /
                flow_run %s
                    step only => (OK->done | FAIL->only) { action = %s; };
                flow_run_end
                """.formatted(action, addr, run, action);
    }

    /** The 1-based number of the first line of {@code document} that holds {@code text}. */
    public static int lineOf(String document, String text) {
        String[] lines = document.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + text);
    }
}
