package org.echoer.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's error body {@code {"error", "message", "line", "column", "diagnostics"}} and the HTTP
 * status it came with.
 */
public record ApiError(int status, String error, String message, List<Problem> problems) {

    public ApiError {
        problems = List.copyOf(problems);
    }

    /** Reads an error body; a body that is not the expected JSON still gives a readable message. */
    public static ApiError from(int status, JsonNode body, String rawBody) {
        if (body == null || !body.isObject()) {
            String text = rawBody == null || rawBody.isBlank() ? "HTTP " + status : rawBody.strip();
            return new ApiError(status, "HTTP " + status, text, List.of());
        }
        String error = body.path("error").asText("HTTP " + status);
        String message = body.path("message").asText(error);
        List<Problem> problems = new ArrayList<>();
        for (JsonNode d : body.path("diagnostics")) {
            problems.add(Problem.of(d));
        }
        if (problems.isEmpty()) {
            problems.add(new Problem("error", body.path("line").asInt(0), body.path("column").asInt(0), message));
        }
        return new ApiError(status, error, message, problems);
    }
}
