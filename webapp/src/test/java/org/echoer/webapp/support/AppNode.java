package org.echoer.webapp.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One node of a cluster: the application's jar in a JVM of its own, so a test can kill it with
 * SIGKILL and start it again.
 */
public final class AppNode implements AutoCloseable {

    private final String name;
    private final int port;
    private final List<String> settings;
    private final Path log;
    private Process process;

    public AppNode(String name, int port, List<String> settings) {
        this.name = name;
        this.port = port;
        this.settings = List.copyOf(settings);
        this.log = Path.of("target", "cluster-" + name + ".log");
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String name() {
        return name;
    }

    /** What the node has printed so far (its console, which is no terminal). */
    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node's JVM process. */
    public synchronized ProcessHandle process() {
        return process.toHandle();
    }

    public synchronized AppNode start() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar().toString(), "--server.port=" + port));
        command.addAll(settings);
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until the API answers. */
    public AppNode awaitUp(Duration timeout) {
        return awaitUp(new ApiClient(port), timeout);
    }

    /** Waits until the API answers a client that sends this {@code Authorization} header (security on). */
    public AppNode awaitUpWith(String authorization, Duration timeout) {
        return awaitUp(new ApiClient(port).withHeader("Authorization", authorization), timeout);
    }

    private AppNode awaitUp(ApiClient api, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited; see " + log.toAbsolutePath());
            }
            try {
                if (api.get("/flowrun?size=1").status() == 200) {
                    return this;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            sleep(250);
        }
        throw new IllegalStateException("node " + name + " did not come up in " + timeout + "; see " + log.toAbsolutePath());
    }

    /** SIGKILL: no shutdown hook, no graceful stop. */
    public synchronized void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Path copy;

    /** A private copy of the built jar: a rebuild replacing target/echoer.jar must not pull it from under a running node. */
    private static synchronized Path jar() {
        if (copy == null) {
            Path jar = Path.of("target", "echoer.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException("build the application first: " + jar.toAbsolutePath() + " is missing");
            }
            try {
                copy = Files.createTempFile("echoer-node", ".jar");
                Files.copy(jar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                copy.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copy;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
