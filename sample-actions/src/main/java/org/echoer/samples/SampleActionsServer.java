package org.echoer.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * echoer's demo business services, embeddable: every POST path is an action that answers and then calls back
 * the engine's {@code POST /step}. Start it on port 0 from a test, point the FSL's {@code addr} at
 * {@link #baseUri()}, and read what the engine sent through {@link #received()} and {@link #receivedCounts()}.
 *
 * <pre>{@code
 * try (SampleActionsServer actions = new SampleActionsServer(SampleActionsOptions.builder()
 *         .port(0).callbackUrl("http://localhost:" + enginePort + "/step").quiet(true).build())) {
 *     int port = actions.start();
 *     ...
 * }
 * }</pre>
 */
public final class SampleActionsServer implements AutoCloseable {

    /** Pending connections the kernel may hold while the handler threads are busy, for load tests. */
    private static final int BACKLOG = 1024;

    /** The JDK server's documented switch for TCP_NODELAY on accepted connections (module {@code jdk.httpserver}). */
    static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final SampleActionsOptions options;
    private final Log log;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ActionStats stats;

    private HttpServer server;
    private ExecutorService handlerThreads;
    private CallbackClient callbacks;
    private boolean closed;

    public SampleActionsServer(SampleActionsOptions options) {
        this(options, System.out, System.err);
    }

    SampleActionsServer(SampleActionsOptions options, PrintStream out, PrintStream err) {
        this.options = Objects.requireNonNull(options, "options");
        this.log = new Log(out, err, options.quiet());
        this.stats = new ActionStats(options.recordBodies());
    }

    /**
     * Binds and starts serving.
     *
     * @return the bound port (the free one chosen when the options say 0)
     * @throws IOException when the address cannot be bound, for example a port in use
     * @throws IllegalStateException when already started or closed
     */
    public synchronized int start() throws IOException {
        if (server != null || closed) {
            throw new IllegalStateException(closed ? "closed" : "already started");
        }
        preferNoDelay();
        Random random = options.seed().isPresent() ? new Random(options.seed().getAsLong()) : new Random();
        CallbackClient client = new CallbackClient(options, mapper, stats, log);
        ActionHandler actions = new ActionHandler(options, new ActionRequestParser(mapper), client, stats, random, log);
        StatsHandler statsHandler = new StatsHandler(stats, mapper);

        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), BACKLOG);
        } catch (IOException e) {
            client.close();
            throw e;
        }
        // one context: the JDK matches contexts by prefix, and every path outside /stats is an action
        http.createContext("/", exchange -> route(exchange, actions, statsHandler));
        handlerThreads = Executors.newFixedThreadPool(options.threads(), handlerThreadFactory());
        http.setExecutor(handlerThreads);
        http.start();
        callbacks = client;
        server = http;
        return port();
    }

    /**
     * The JDK server writes a response's headers and body separately; with Nagle's algorithm on, the body then
     * waits for the client's delayed ACK, about 40 ms on Linux, which caps one keep-alive connection at 25
     * requests a second. The switch is JVM-wide and read once, when the JVM's first JDK HTTP server starts, so
     * this sets it only when nobody has, and a JVM that started another JDK server first needs
     * {@code -Dsun.net.httpserver.nodelay=true}.
     */
    private static void preferNoDelay() {
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
    }

    private static void route(HttpExchange exchange, ActionHandler actions, StatsHandler statsHandler)
            throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(StatsHandler.STATS) || path.startsWith(StatsHandler.STATS + "/")) {
            statsHandler.handle(exchange);
        } else if (path.equals("/") && exchange.getRequestMethod().equals("GET")) {
            // a health check, as echoer's API answered GET / with its name
            HttpExchanges.respondJson(exchange, 200, "\"sample-actions\"");
        } else {
            actions.handle(exchange);
        }
    }

    /** The bound port. */
    public synchronized int port() {
        return running().getAddress().getPort();
    }

    /**
     * Where actions are reached, for an FSL {@code addr}: {@code http://127.0.0.1:PORT} when bound to all
     * addresses or loopback, otherwise the bound host.
     */
    public synchronized URI baseUri() {
        InetAddress address = running().getAddress().getAddress();
        String host = address.isAnyLocalAddress() || address.isLoopbackAddress() ? "127.0.0.1" : options.host();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port());
    }

    public SampleActionsOptions options() {
        return options;
    }

    /** Every parsed action request in arrival order, 400s excepted; empty when bodies are not recorded. */
    public List<ActionRequest> received() {
        return stats.received();
    }

    /** The requests received for one step activation, in arrival order. */
    public List<ActionRequest> received(String uuid) {
        return stats.received(uuid);
    }

    /** How many times each uuid was received, in order of first arrival. */
    public Map<String, Integer> receivedCounts() {
        return stats.countsByUuid();
    }

    /** How many times {@code uuid} was received; 0 when never. */
    public int timesReceived(String uuid) {
        return stats.timesReceived(uuid);
    }

    /** Callbacks the engine accepted (2xx). */
    public long callbacksSent() {
        return stats.callbacksSent();
    }

    /** Callbacks the engine rejected (4xx other than 409 and 429) or that were given up after their retries. */
    public long callbackFailures() {
        return stats.callbackFailures();
    }

    /** Callbacks waiting for their delay, their turn, an answer or a retry. */
    public int callbacksInFlight() {
        return stats.callbacksInFlight();
    }

    /** Forgets every count and received body, as {@code POST /stats/reset} does. */
    public void resetStats() {
        stats.reset();
    }

    /** Stops serving at once; callbacks not yet sent are dropped. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (server != null) {
            server.stop(0);
            handlerThreads.shutdownNow();
            callbacks.close();
        }
    }

    private HttpServer running() {
        if (server == null) {
            throw new IllegalStateException(closed ? "closed" : "not started");
        }
        return server;
    }

    private static ThreadFactory handlerThreadFactory() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> new Thread(runnable, "sample-actions-http-" + count.incrementAndGet());
    }
}
