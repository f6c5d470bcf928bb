package org.echoer.samples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.random.RandomGenerator;

/**
 * Every POST path is an action, as echoer's demo services were: read the body, answer, call back with the
 * chosen state. The answer comes first unless {@code callbackBeforeAnswer}, which replays echoer's original
 * demo, whose handler finished the callback before its 200 reached the engine.
 */
final class ActionHandler implements HttpHandler {

    private final SampleActionsOptions options;
    private final ActionRequestParser parser;
    private final CallbackClient callbacks;
    private final ActionStats stats;
    private final RandomGenerator random;
    private final Log log;

    ActionHandler(SampleActionsOptions options, ActionRequestParser parser, CallbackClient callbacks,
            ActionStats stats, RandomGenerator random, Log log) {
        this.options = options;
        this.parser = parser;
        this.callbacks = callbacks;
        this.stats = stats;
        this.random = random;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            HttpExchanges.methodNotAllowed(exchange, "POST");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        stats.request(path);
        byte[] body = HttpExchanges.readBody(exchange);
        if (body == null) {
            answer(exchange, 413, HttpExchanges.errorJson("payload too large",
                    "a body may hold at most " + HttpExchanges.MAX_BODY_BYTES + " bytes"));
            return;
        }
        ActionRequest request;
        try {
            request = parser.parse(path, body);
        } catch (BadRequestException e) {
            log.trace("POST " + path + " -> 400 " + e.getMessage());
            answer(exchange, 400, HttpExchanges.errorJson("bad request", e.getMessage()));
            return;
        }
        stats.received(request);
        // draw in a fixed order (failure, then state) so that a seed replays the same run
        if (options.failureRate() > 0 && random.nextDouble() < options.failureRate()) {
            log.trace(describe(request) + " -> 503 (failure rate)");
            answer(exchange, 503, HttpExchanges.errorJson("unavailable", "simulated failure (failure rate "
                    + options.failureRate() + ")"));
            return;
        }
        String ackState = options.stateFor(path).choose(request.ackStates(), random);
        log.trace(describe(request) + " -> 200, will report " + ackState);
        if (options.callbackBeforeAnswer()) {
            callBackThenAnswer(exchange, request, ackState);
        } else {
            answer(exchange, 200, HttpExchanges.EMPTY_JSON_STRING);
            callbacks.callBack(request, ackState);
        }
    }

    private void callBackThenAnswer(HttpExchange exchange, ActionRequest request, String ackState)
            throws IOException {
        CompletableFuture<Void> callback = callbacks.callBack(request, ackState);
        try {
            callback.get();
        } catch (InterruptedException e) {
            // only close() interrupts the handler threads
            Thread.currentThread().interrupt();
            answer(exchange, 503, HttpExchanges.errorJson("unavailable", "the server is closing"));
            return;
        } catch (ExecutionException e) {
            throw new IllegalStateException("callbacks report their outcome in the stats, never as a failure", e);
        }
        answer(exchange, 200, HttpExchanges.EMPTY_JSON_STRING);
    }

    private void answer(HttpExchange exchange, int status, String json) throws IOException {
        stats.answered(status);
        HttpExchanges.respondJson(exchange, status, json);
    }

    private static String describe(ActionRequest request) {
        return "POST " + request.path() + " flowId=" + request.flowId() + " stepName=" + request.stepName()
                + " uuid=" + request.uuid() + " ackStates=" + request.ackStates();
    }
}
