package org.echoer.cli.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real terminal: a program running in a tmux pane of its own tmux server (its own socket in the test's
 * scratch folder, so nothing else on the machine is touched). Text is pasted the way terminals paste,
 * bracketed or not, keys are typed, and the screen is read back as the user sees it.
 */
public final class TmuxTerminal implements AutoCloseable {

    private static final String SESSION = "echoer";
    private static final String BUFFER = "pasted";

    private final Path scratch;
    private final Path socket;

    /** Skips the test when tmux is missing, except under CI=true, where that is a failure. */
    public static void assumeInstalled() {
        if (installed()) {
            return;
        }
        String message = "tmux is not installed: the terminal tests that paste into a real terminal were skipped";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true requires them)");
        }
        System.err.println(message);
        Assumptions.abort(message);
    }

    private static boolean installed() {
        try {
            Process process = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts {@code command} in a pane of 200 x 50 characters, with these extra environment variables. */
    public TmuxTerminal(Path scratch, Map<String, String> environment, List<String> command) {
        this.scratch = scratch;
        this.socket = scratch.resolve("tmux.socket");
        List<String> start = new ArrayList<>(List.of("start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
                "set-option", "-g", "history-limit", "10000", ";", "new-session", "-d", "-s", SESSION, "-x", "200", "-y", "50"));
        environment.forEach((name, value) -> start.addAll(List.of("-e", name + "=" + value)));
        start.addAll(command);
        tmux(start);
    }

    /** Pastes the file's bytes as they are; with {@code bracketed}, as a bracketed paste. */
    public TmuxTerminal pasteFile(Path file, boolean bracketed) {
        tmux(List.of("load-buffer", "-b", BUFFER, file.toAbsolutePath().toString()));
        List<String> paste = new ArrayList<>(List.of("paste-buffer", "-d", "-b", BUFFER, "-t", SESSION));
        if (bracketed) {
            paste.add("-p");
        }
        tmux(paste);
        return this;
    }

    public TmuxTerminal paste(String text, boolean bracketed) {
        try {
            Path file = Files.createTempFile(scratch, "paste", ".fsl");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return pasteFile(file, bracketed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types the text, then Enter. */
    public TmuxTerminal typeLine(String text) {
        if (!text.isEmpty()) {
            // tmux reads an argument's trailing ';' as the end of its command unless it is escaped
            String literal = text.endsWith(";") ? text.substring(0, text.length() - 1) + "\\;" : text;
            tmux(List.of("send-keys", "-t", SESSION, "-l", literal));
        }
        return enter();
    }

    public TmuxTerminal enter() {
        tmux(List.of("send-keys", "-t", SESSION, "Enter"));
        return this;
    }

    /** The screen and its scrollback, one entry per line, without trailing blanks and without the empty rows below. */
    public List<String> screen() {
        List<String> lines = new ArrayList<>(Arrays.stream(tmux(List.of("capture-pane", "-p", "-J", "-S", "-", "-t", SESSION))
                .split("\n", -1)).map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Waits until the screen shows what {@code condition} asks for; on time-out, fails showing the screen. */
    public List<String> awaitScreen(Predicate<List<String>> condition) {
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(this::screen, condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the terminal never showed what was expected; it shows:\n" + String.join("\n", screen()), e);
        }
        return screen();
    }

    @Override
    public void close() {
        tmux(List.of("kill-server"));
    }

    private String tmux(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", socket.toString(), "-f", "/dev/null"));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("tmux " + arguments + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
