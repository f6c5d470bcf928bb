package org.echoer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The instant action: a loopback HTTP server that answers every dispatch 200 with an empty body at once,
 * then calls back with the state the run's workload chooses (unless the driver measures starts alone).
 */
final class ActionService implements AutoCloseable {

    private static final int BACKLOG = 1024;

    private final HttpServer server;
    private final ExecutorService threads;
    private final RunRegistry runs;
    private final CallbackSender callbacks;
    private final ObjectMapper json;
    private final LongAdder dispatches = new LongAdder();
    private final LongAdder foreign = new LongAdder();
    private final LongAdder malformed = new LongAdder();
    private final LongAdder failed = new LongAdder();

    private ActionService(HttpServer server, ExecutorService threads, RunRegistry runs, CallbackSender callbacks,
            ObjectMapper json) {
        this.server = server;
        this.threads = threads;
        this.runs = runs;
        this.callbacks = callbacks;
        this.json = json;
    }

    /** Starts on a free loopback port. */
    static ActionService start(int threadCount, RunRegistry runs, CallbackSender callbacks, ObjectMapper json)
            throws IOException {
        // The JDK server reads this once, when it is first used; without it every answer waits for Nagle (~40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
        AtomicInteger counter = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(threadCount, r -> {
            Thread thread = new Thread(r, "action-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ActionService service = new ActionService(server, threads, runs, callbacks, json);
        server.createContext("/", service::handle);
        server.setExecutor(threads);
        server.start();
        return service;
    }

    /** {@code http://127.0.0.1:PORT}, for the workload's action addresses. */
    URI address() {
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            answer(exchange);
        } catch (RuntimeException e) { // a bug here must show, not vanish into the JDK server's log
            if (failed.sum() == 0) {
                e.printStackTrace();
            }
            failed.increment();
            throw e;
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        long arrivedAt = System.nanoTime();
        StepAnswer answer;
        RunProgress run;
        try {
            Dispatch dispatch;
            try {
                dispatch = Dispatch.parse(exchange.getRequestBody().readAllBytes(), json);
            } catch (IOException unreadable) {
                malformed.increment();
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            dispatches.increment();
            run = runs.find(dispatch.flowId());
            if (run == null) {
                foreign.increment(); // accepted and left alone: not one of ours
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            answer = run.dispatched(dispatch, arrivedAt);
            exchange.sendResponseHeaders(200, -1);
        } finally {
            exchange.close();
        }
        if (answer == null) {
            return; // the run ends here: measuring starts alone
        }
        callbacks.send(new CallbackBody(run.name(), answer.stepName(), answer.state(), answer.uuid(), true),
                (sentAt, answeredAt) -> run.accepted(answer, sentAt, answeredAt));
    }

    long dispatches() {
        return dispatches.sum();
    }

    /** Dispatches for flow runs this driver did not submit. */
    long foreignDispatches() {
        return foreign.sum();
    }

    long malformedDispatches() {
        return malformed.sum();
    }

    /** Dispatches the driver failed on (its own bug); the first one's stack trace went to stderr. */
    long failedDispatches() {
        return failed.sum();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
