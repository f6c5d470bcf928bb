package org.echoer.webapp.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A real action server on loopback that records every request and answers as told, but never calls
 * back by itself: tests send the callbacks, so each case of the callback (docs/api.md, "The callback") can be driven exactly.
 */
public final class RecordingActionServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as it arrived. */
    public record Received(String path, String contentType, byte[] raw, JsonNode json, Map<String, List<String>> headers) {

        /** A request header's first value, any case of its name; null when absent. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String text() {
            return new String(raw, StandardCharsets.UTF_8);
        }

        public String uuid() {
            return json.path("uuid").asText();
        }

        public String stepName() {
            return json.path("stepName").asText();
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> statusByPath = new ConcurrentHashMap<>();
    private volatile Consumer<Received> beforeAnswer = r -> { };

    public RecordingActionServer() {
        this(0);
    }

    /** On a chosen port, for an address an FSL document named before the server existed. */
    public RecordingActionServer(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Answer this status on the path from now on (200 by default). */
    public void answer(String path, int status) {
        statusByPath.put(path, status);
    }

    /** Runs inside the request, before the answer is sent: echoer's demo services called back right there. */
    public void beforeAnswer(Consumer<Received> action) {
        this.beforeAnswer = action;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String stepName) {
        return received.stream().filter(r -> stepName.equals(r.stepName())).toList();
    }

    public Received last() {
        return received.get(received.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode json;
        try {
            json = JSON.readTree(raw);
        } catch (IOException e) {
            json = JSON.createObjectNode();
        }
        Received request = new Received(exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"), raw, json, Map.copyOf(exchange.getRequestHeaders()));
        received.add(request);
        int status = statusByPath.getOrDefault(request.path(), 200);
        if (status == 200) {
            beforeAnswer.accept(request);
        }
        byte[] answer = "\"\"".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
