package org.echoer.samples;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A stand-in for the engine's {@code POST /step}: a real JDK HTTP server on a free loopback port that records
 * every callback and answers with the status {@code answers} gives for the 1-based attempt number.
 */
final class CallbackReceiver implements AutoCloseable {

    /** A callback as received, with when it arrived. */
    record Callback(Map<String, Object> body, long receivedNanos) {
    }

    /** Something to do before answering a callback: wait for a test's signal, note an ordering. */
    interface BeforeAnswer {
        void run() throws InterruptedException;
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final BlockingQueue<Callback> callbacks = new LinkedBlockingQueue<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer server;
    private volatile IntUnaryOperator answers = attempt -> 200;
    private volatile BeforeAnswer beforeAnswer = () -> { };

    CallbackReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/step", exchange -> {
            byte[] bytes;
            try (InputStream in = exchange.getRequestBody()) {
                bytes = in.readAllBytes();
            }
            Map<String, Object> body = mapper.readValue(bytes, new TypeReference<>() {
            });
            callbacks.add(new Callback(body, System.nanoTime()));
            int status = answers.applyAsInt(attempts.incrementAndGet());
            try {
                beforeAnswer.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = (status == 200 ? "\"\"" : "{\"error\":\"test\",\"message\":\"status " + status + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/step";
    }

    CallbackReceiver answering(IntUnaryOperator statusForAttempt) {
        this.answers = statusForAttempt;
        return this;
    }

    CallbackReceiver beforeAnswering(BeforeAnswer action) {
        this.beforeAnswer = action;
        return this;
    }

    int attempts() {
        return attempts.get();
    }

    /** The next callback, failing the test when none comes within {@code timeout}. */
    Callback next(Duration timeout) throws InterruptedException {
        Callback callback = callbacks.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (callback == null) {
            throw new AssertionError("no callback within " + timeout);
        }
        return callback;
    }

    Callback next() throws InterruptedException {
        return next(Duration.ofSeconds(5));
    }

    /** Every callback arriving within {@code window}. */
    List<Callback> drain(Duration window) throws InterruptedException {
        Thread.sleep(window.toMillis());
        List<Callback> drained = new ArrayList<>();
        callbacks.drainTo(drained);
        return drained;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
