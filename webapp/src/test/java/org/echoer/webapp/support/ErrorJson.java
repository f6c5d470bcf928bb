package org.echoer.webapp.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** The error answers of docs/api.md ("Errors"). */
public final class ErrorJson {

    private ErrorJson() {
    }

    /** Asserts the status and the error JSON {@code {"error", "message"}}; returns the body. */
    public static JsonNode error(ApiClient.Response answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/json");
        JsonNode body = answer.json();
        assertThat(body.path("error").isTextual()).as(answer.body()).isTrue();
        assertThat(body.path("message").isTextual()).as(answer.body()).isTrue();
        return body;
    }
}
