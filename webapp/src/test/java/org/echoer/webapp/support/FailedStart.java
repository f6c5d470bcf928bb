package org.echoer.webapp.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.echoer.webapp.EchoerApplication;

/**
 * Starts the real application as users do, in a JVM of its own, with settings that must keep it from
 * starting, and returns what it printed. A JVM of its own because Camunda's web apps keep the last
 * application context in a static field: a context that failed half-way would break the next
 * application started in the same JVM.
 */
public final class FailedStart {

    private final String console;

    private FailedStart(String console) {
        this.console = console;
    }

    /** Everything the application printed, standard output and error together. */
    public String console() {
        return console;
    }

    /** The failure analysis, from Spring Boot's frame on; fails the test when there is none. */
    public String report() {
        int report = console.indexOf("APPLICATION FAILED TO START");
        assertThat(report).as("a failure analysis in:\n%s", console).isNotNegative();
        return console.substring(report);
    }

    public static FailedStart run(String... arguments) {
        return run(List.of(), arguments);
    }

    /** Runs the application with the given profiles and {@code --name=value} arguments; fails the test if it keeps running. */
    public static FailedStart run(List<String> profiles, String... arguments) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.port", "0");
        settings.put("echoer.dispatch.sweep-interval", "1h");
        if (!profiles.isEmpty()) {
            settings.put("spring.profiles.active", String.join(",", profiles));
        }
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            settings.put(argument.substring(2, equals), argument.substring(equals + 1));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // start-up speed over peak speed: these applications never serve a request
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), EchoerApplication.class.getName()));
        // one value per name: Spring joins repeated command-line options with commas
        settings.forEach((name, value) -> command.add("--" + name + "=" + value));
        try {
            Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
            app.getOutputStream().close();
            byte[] printed = app.getInputStream().readAllBytes();
            if (!app.waitFor(1, TimeUnit.MINUTES)) {
                app.destroyForcibly();
            }
            String console = new String(printed, StandardCharsets.UTF_8);
            assertThat(app.exitValue()).as("exit code of an application that must not start:\n%s", console).isNotZero();
            return new FailedStart(console);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the application", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the application started", e);
        }
    }
}
