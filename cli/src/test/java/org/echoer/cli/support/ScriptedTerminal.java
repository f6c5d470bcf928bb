package org.echoer.cli.support;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.echoer.cli.EchoerCli;
import org.echoer.cli.command.CliEnvironment;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * Runs {@code echoer}'s interactive prompt on JLine's dumb terminal, in a thread of its own: the test
 * types (or pastes) text into it and reads what the terminal shows.
 */
public final class ScriptedTerminal implements AutoCloseable {

    private static final Pattern PROMPTS = Pattern.compile("^(?:[>|] )+");

    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final StringWriter errors = new StringWriter();
    private final CompletableFuture<Integer> exit;

    public ScriptedTerminal(Path historyFile, String... options) {
        PipedInputStream in;
        try {
            in = new PipedInputStream(keyboard, 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CliEnvironment environment = new CliEnvironment(new PrintWriter(StringWriter.nullWriter()), new PrintWriter(errors, true),
                Map.of("ECHOER_HISTORY", historyFile.toString()), false,
                () -> new DumbTerminal("test", Terminal.TYPE_DUMB, in, screen, StandardCharsets.UTF_8));
        // a thread of its own: the common pool may have a single worker on a small machine
        exit = CompletableFuture.supplyAsync(() -> new EchoerCli(environment).run(options),
                task -> new Thread(task, "echoer-prompt").start());
    }

    /** Sends text as if typed or pasted; lines end with a newline. */
    public ScriptedTerminal type(String text) {
        try {
            keyboard.write(text.getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public ScriptedTerminal typeLine(String line) {
        return type(line + "\n");
    }

    /**
     * Everything shown so far, as lines, without the carriage returns a terminal uses and without the
     * prompts: a dumb terminal does not echo what is typed, so the prompts of several lines typed in a
     * row pile up in front of the next answer.
     */
    public List<String> lines() {
        String text = screen.toString(StandardCharsets.UTF_8);
        return Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1))
                .map(line -> PROMPTS.matcher(line).replaceFirst(""))
                .toList();
    }

    public String text() {
        return String.join("\n", lines());
    }

    public List<String> awaitLines(Predicate<List<String>> condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(this::lines, condition);
        return lines();
    }

    public long count(String exactLine) {
        return lines().stream().filter(exactLine::equals).count();
    }

    /** Ends the session with Ctrl-D and gives the exit code. */
    public int exitCode() {
        try {
            keyboard.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exit.orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
    }

    public String errors() {
        return errors.toString();
    }

    @Override
    public void close() {
        try {
            keyboard.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
