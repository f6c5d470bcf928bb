package org.echoer.samples;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The few things every handler does with a JDK {@link HttpExchange}. */
final class HttpExchanges {

    /** A body over this size is not one the engine sends: the step's arguments are small. */
    static final int MAX_BODY_BYTES = 1 << 20;

    /** echoer's demo answered every accepted request with a JSON empty string. */
    static final String EMPTY_JSON_STRING = "\"\"";

    private HttpExchanges() {
    }

    /** The request body, or null when it is longer than {@link #MAX_BODY_BYTES}. */
    static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    static void respondJson(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** echoer's error shape: {@code {"error": ..., "message": ...}}. */
    static String errorJson(String error, String message) {
        return "{\"error\":" + quote(error) + ",\"message\":" + quote(message) + "}";
    }

    static void methodNotAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        respondJson(exchange, 405, errorJson("method not allowed", "use " + allowed + " on this path"));
    }

    private static String quote(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }
}
