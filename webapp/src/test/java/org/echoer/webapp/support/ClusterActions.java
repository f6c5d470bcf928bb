package org.echoer.webapp.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Instant business services for a cluster: answer 200, then call back the first declared state to a
 * random node; a callback that reaches no node (one was killed) is sent again to a random node. Counts
 * every dispatch by uuid and every callback answer.
 */
public final class ClusterActions implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    // each on threads of its own: callbacks block while a node answers, and must starve neither the
    // dispatches' answers nor the client's own response handling (it runs on its default executor)
    private final ExecutorService handlers = Executors.newFixedThreadPool(8);
    private final ExecutorService callbacks = Executors.newFixedThreadPool(16);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> nodes;
    private final Map<String, AtomicInteger> dispatches = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final Map<String, Integer> acceptedCallbacks = new ConcurrentHashMap<>();
    private final AtomicInteger unreachable = new AtomicInteger();

    public ClusterActions(List<String> nodeUrls) {
        this.nodes = List.copyOf(nodeUrls);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Times each uuid was dispatched. */
    public Map<String, Integer> dispatchCounts() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        dispatches.forEach((uuid, n) -> counts.put(uuid, n.get()));
        return counts;
    }

    /** Callback answers by HTTP status. */
    public Map<Integer, Integer> callbackAnswers() {
        Map<Integer, Integer> counts = new ConcurrentHashMap<>();
        answers.forEach((status, n) -> counts.put(status, n.get()));
        return counts;
    }

    /** Callbacks answered 2xx, by uuid: how many times each. */
    public Map<String, Integer> acceptedCallbacks() {
        return Map.copyOf(acceptedCallbacks);
    }

    public int unreachableCallbacks() {
        return unreachable.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String uuid = body.path("uuid").asText();
        dispatches.computeIfAbsent(uuid, u -> new AtomicInteger()).incrementAndGet();
        byte[] answer = "\"\"".getBytes();
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
        String callback = JSON.createObjectNode().put("flowId", body.path("flowId").asText())
                .put("stepName", body.path("stepName").asText()).put("ackState", body.path("ackStates").get(0).asText())
                .put("uuid", uuid).put("done", true).toString();
        callbacks.execute(() -> callBack(callback, uuid, 0));
    }

    private void callBack(String callback, String uuid, int attempt) {
        String node = nodes.get(ThreadLocalRandom.current().nextInt(nodes.size()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(node + "/step")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(callback)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (status / 100 == 2) {
                acceptedCallbacks.merge(uuid, 1, Integer::sum);
            }
        } catch (IOException noAnswer) {
            // the node is down (or died while answering): the callback may or may not have taken effect
            unreachable.incrementAndGet();
            if (attempt < 50) {
                sleep(200);
                callBack(callback, uuid, attempt + 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        callbacks.shutdownNow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
