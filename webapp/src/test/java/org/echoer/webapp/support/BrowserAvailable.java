package org.echoer.webapp.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class, with the reason, where Chromium or its driver is missing, and in the
 * PostgreSQL pass (the page does not depend on the database). A class skipped this way counts as skipped
 * in Maven's summary; one that aborts in {@code @BeforeAll} would count as nothing at all. Under CI
 * ({@code CI=true}) a missing browser does not skip: the test then fails, since CI must run it.
 */
public final class BrowserAvailable implements ExecutionCondition {

    // Debian's paths; -Dechoer.it.chromedriver= and -Dechoer.it.chromium= for a browser elsewhere
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("echoer.it.chromedriver", "/usr/bin/chromedriver"));
    public static final Path CHROMIUM = Path.of(System.getProperty("echoer.it.chromium", "/usr/bin/chromium"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("postgres".equals(System.getProperty(TestDatabase.DATABASE))) {
            return ConditionEvaluationResult.disabled("skipped: the browser test runs once, in the H2 pass");
        }
        String missing = missing();
        if (missing == null || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("browser available, or required under CI");
        }
        // the reason goes to the console too: Maven's summary shows only the count of skipped tests
        System.err.println("StudioBrowserIT skipped: " + missing);
        return ConditionEvaluationResult.disabled("skipped: " + missing);
    }

    /** What is missing to run a browser test, or null. */
    public static String missing() {
        List<String> missing = Stream.of(CHROMEDRIVER, CHROMIUM).filter(p -> !Files.isExecutable(p)).map(Path::toString).toList();
        return missing.isEmpty() ? null : String.join(" and ", missing) + " missing (apt-get install chromium chromium-driver)";
    }
}
