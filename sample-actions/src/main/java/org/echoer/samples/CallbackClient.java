package org.echoer.samples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls back {@code POST /step} with echoer's body {@code {flowId, stepName, ackState, uuid, done:true}}.
 * Asynchronous throughout (one shared keep-alive {@link HttpClient} on a bounded executor, a timer for delays
 * and backoff), so thousands of callbacks per second need no thread each. Retries what the engine may still
 * accept later: no connection or a 5xx (backing off), 409 paused or 429 busy (after the paused delay).
 */
final class CallbackClient implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOGGED_BODY_CHARS = 300;

    private final SampleActionsOptions options;
    private final ObjectMapper mapper;
    private final ActionStats stats;
    private final Log log;
    private final ExecutorService httpExecutor;
    private final ScheduledExecutorService timer;
    private final HttpClient http;
    private final InFlightLimit limit;

    CallbackClient(SampleActionsOptions options, ObjectMapper mapper, ActionStats stats, Log log) {
        this.options = options;
        this.mapper = mapper;
        this.stats = stats;
        this.log = log;
        int threads = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));
        this.httpExecutor = Executors.newFixedThreadPool(threads, daemonThreads("sample-actions-callback-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("sample-actions-timer-"));
        this.http = HttpClient.newBuilder()
                // HTTP/1.1 outright: an h2c upgrade attempt would only cost a round trip on every new connection
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(httpExecutor)
                .build();
        this.limit = new InFlightLimit(options.callbackConcurrency());
    }

    /**
     * Reports {@code ackState} for {@code request} after {@code options.delay()}. The future completes once the
     * callback was accepted, rejected or given up (the outcome is in the stats); it never completes exceptionally.
     */
    CompletableFuture<Void> callBack(ActionRequest request, String ackState) {
        Delivery delivery = new Delivery(request, ackState, body(request, ackState));
        stats.callbackStarted();
        delivery.done.whenComplete((ignored, error) -> stats.callbackFinished());
        Duration delay = options.delay();
        if (delay.isZero()) {
            attempt(delivery, 0);
        } else {
            schedule(delivery, 0, delay);
        }
        return delivery.done;
    }

    private byte[] body(ActionRequest request, String ackState) {
        // echoer's Response struct, fields in its order
        ObjectNode json = mapper.createObjectNode();
        json.put("flowId", request.flowId());
        json.put("stepName", request.stepName());
        json.put("ackState", ackState);
        json.put("uuid", request.uuid());
        json.put("done", true);
        try {
            return mapper.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a tree of strings must serialize", e);
        }
    }

    private void attempt(Delivery delivery, int retry) {
        limit.submit(() -> {
            stats.callbackAttempted(retry > 0);
            HttpRequest request = HttpRequest.newBuilder(options.callbackUrl())
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body))
                    .build();
            CompletableFuture<HttpResponse<String>> response;
            try {
                response = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
            } catch (RejectedExecutionException e) {
                // closed while this callback waited its turn
                limit.release();
                giveUp(delivery, "the server is closing");
                return;
            }
            response.whenComplete((answer, error) -> {
                limit.release();
                if (error != null) {
                    onError(delivery, retry, unwrap(error));
                } else {
                    onAnswer(delivery, retry, answer);
                }
            });
        });
    }

    private void onAnswer(Delivery delivery, int retry, HttpResponse<String> answer) {
        int status = answer.statusCode();
        stats.callbackAnswered(Integer.toString(status));
        if (status >= 200 && status < 300) {
            stats.callbackDelivered();
            if (log.tracing()) {
                log.trace("callback " + delivery.describe() + " -> " + status + " " + abbreviate(answer.body()));
            }
            delivery.done.complete(null);
        } else if (status >= 500) {
            retryOrGiveUp(delivery, retry, backoff(retry), "answered " + status + " " + abbreviate(answer.body()));
        } else if (status == 409 || status == 429) {
            retryOrGiveUp(delivery, retry, options.pausedRetryDelay(),
                    "answered " + status + " " + abbreviate(answer.body()));
        } else {
            // 400, 404, 410...: the engine has decided; asking again cannot change its mind
            stats.callbackFailed();
            log.warn("callback " + delivery.describe() + " rejected: " + status + " " + abbreviate(answer.body()));
            delivery.done.complete(null);
        }
    }

    private void onError(Delivery delivery, int retry, Throwable error) {
        stats.callbackAnswered("error");
        if (error instanceof IOException) {
            retryOrGiveUp(delivery, retry, backoff(retry), "failed: " + error);
        } else {
            // not a network problem (a closed executor, a bug): retrying would fail the same way
            giveUp(delivery, "failed: " + error);
        }
    }

    private void retryOrGiveUp(Delivery delivery, int retry, Duration wait, String problem) {
        if (retry >= options.callbackRetries()) {
            giveUp(delivery, problem + " (after " + retry + " retries)");
            return;
        }
        if (log.tracing()) {
            log.trace("callback " + delivery.describe() + " " + problem + "; retry " + (retry + 1) + " in "
                    + wait.toMillis() + " ms");
        }
        schedule(delivery, retry + 1, wait);
    }

    private void giveUp(Delivery delivery, String problem) {
        stats.callbackFailed();
        log.warn("callback " + delivery.describe() + " given up: " + problem);
        delivery.done.complete(null);
    }

    private void schedule(Delivery delivery, int retry, Duration wait) {
        try {
            timer.schedule(() -> attempt(delivery, retry), wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            giveUp(delivery, "the server is closing");
        }
    }

    /** {@code retryBackoff} doubled per retry already made, capped. */
    private Duration backoff(int retry) {
        Duration max = SampleActionsOptions.MAX_RETRY_BACKOFF;
        Duration wait = options.retryBackoff().multipliedBy(1L << Math.min(retry, 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= LOGGED_BODY_CHARS ? text : text.substring(0, LOGGED_BODY_CHARS) + "...";
    }

    @Override
    public void close() {
        timer.shutdownNow();
        httpExecutor.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One callback through its retries. */
    private static final class Delivery {
        final ActionRequest request;
        final String ackState;
        final byte[] body;
        final CompletableFuture<Void> done = new CompletableFuture<>();

        Delivery(ActionRequest request, String ackState, byte[] body) {
            this.request = request;
            this.ackState = ackState;
            this.body = body;
        }

        String describe() {
            return "uuid=" + request.uuid() + " ackState=" + ackState;
        }
    }
}
