package org.echoer.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends callbacks {@code POST /step} asynchronously over keep-alive HTTP/1.1, at most {@code maxInFlight}
 * at once, each to a node chosen at random. A callback answered 409 or 5xx, or lost to a connection error, is retried a few times with
 * a short backoff; one that never gets a 2xx is counted by why.
 */
final class CallbackSender implements AutoCloseable {

    private static final int MAX_ATTEMPTS = 6;
    private static final long FIRST_BACKOFF_MILLIS = 25;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final ServerList servers;
    private final ObjectMapper json;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Semaphore inFlight;
    private final ScheduledExecutorService retryTimer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "callback-retry");
        thread.setDaemon(true);
        return thread;
    });
    private final LongAdder sent = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

    CallbackSender(ServerList servers, int maxInFlight, ObjectMapper json) {
        this.servers = servers;
        this.json = json;
        this.inFlight = new Semaphore(maxInFlight);
    }

    /** Told when a callback got its 2xx answer. */
    @FunctionalInterface
    interface Accepted {

        /** @param sentAt when the first attempt was sent, {@link System#nanoTime()} like {@code answeredAt} */
        void accepted(long sentAt, long answeredAt);
    }

    /** Sends the callback; {@code onAccepted} hears of its 2xx answer. */
    void send(CallbackBody callback, Accepted onAccepted) {
        HttpRequest request = HttpRequest.newBuilder(servers.any().resolve("/step"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(callback)))
                .build();
        inFlight.acquireUninterruptibly();
        sent.increment();
        attempt(request, 1, System.nanoTime(), onAccepted);
    }

    private void attempt(HttpRequest request, int attempt, long sentAt, Accepted onAccepted) {
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            long now = System.nanoTime();
            if (error == null && response.statusCode() / 100 == 2) {
                inFlight.release();
                onAccepted.accepted(sentAt, now);
                return;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            boolean retryable = cause != null ? cause instanceof IOException
                    : response.statusCode() == 409 || response.statusCode() >= 500;
            if (retryable && attempt < MAX_ATTEMPTS) {
                retried.increment();
                retryTimer.schedule(() -> attempt(request, attempt + 1, sentAt, onAccepted),
                        FIRST_BACKOFF_MILLIS << (attempt - 1), TimeUnit.MILLISECONDS);
                return;
            }
            String why = cause != null ? cause.getClass().getSimpleName() : "HTTP " + response.statusCode();
            failures.computeIfAbsent(why, k -> new LongAdder()).increment();
            inFlight.release();
        });
    }

    private byte[] bytes(CallbackBody callback) {
        try {
            return json.writeValueAsBytes(callback);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    long sent() {
        return sent.sum();
    }

    long retried() {
        return retried.sum();
    }

    /** Callbacks that never got a 2xx, by status or exception. */
    Map<String, Long> failures() {
        Map<String, Long> counts = new TreeMap<>();
        failures.forEach((why, count) -> counts.put(why, count.sum()));
        return counts;
    }

    @Override
    public void close() {
        retryTimer.shutdownNow();
    }
}
