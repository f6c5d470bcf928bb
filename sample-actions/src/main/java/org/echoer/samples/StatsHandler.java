package org.echoer.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/**
 * {@code GET /stats} (add {@code ?received=false} to leave out the per-uuid bodies, which grow with every
 * request) and {@code POST /stats/reset}.
 */
final class StatsHandler implements HttpHandler {

    static final String STATS = "/stats";
    static final String RESET = "/stats/reset";

    private final ActionStats stats;
    private final ObjectMapper mapper;

    StatsHandler(ActionStats stats, ObjectMapper mapper) {
        this.stats = stats;
        this.mapper = mapper;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(STATS)) {
            if (!method.equals("GET")) {
                HttpExchanges.methodNotAllowed(exchange, "GET");
                return;
            }
            boolean withReceived = !"received=false".equals(exchange.getRequestURI().getQuery());
            HttpExchanges.respondJson(exchange, 200, mapper.writeValueAsString(stats.toJson(mapper, withReceived)));
        } else if (path.equals(RESET)) {
            if (!method.equals("POST")) {
                HttpExchanges.methodNotAllowed(exchange, "POST");
                return;
            }
            stats.reset();
            HttpExchanges.respondJson(exchange, 200, "{\"status\":\"reset\"}");
        } else {
            HttpExchanges.respondJson(exchange, 404, HttpExchanges.errorJson("not found",
                    "only GET " + STATS + " and POST " + RESET + " are under " + STATS));
        }
    }
}
