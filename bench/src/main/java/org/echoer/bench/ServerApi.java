package org.echoer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The driver's own requests to the servers under test (callbacks go through {@link CallbackSender}). */
final class ServerApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    ServerApi(ObjectMapper json) {
        this.json = json;
    }

    record Response(int status, String body) {

        boolean ok() {
            return status / 100 == 2;
        }
    }

    /** POSTs {@code text/plain}, e.g. FSL to echoer. */
    Response postText(URI server, String path, String body) throws IOException, InterruptedException {
        return post(server, path, "text/plain; charset=utf-8", body, TIMEOUT);
    }

    /** POSTs {@code application/xml}, e.g. BPMN. */
    Response postXml(URI server, String path, String body) throws IOException, InterruptedException {
        return post(server, path, "application/xml; charset=utf-8", body, TIMEOUT);
    }

    /** POSTs {@code body} as JSON and waits up to {@code timeout} for the answer. */
    Response postJson(URI server, String path, Object body, Duration timeout) throws IOException, InterruptedException {
        return post(server, path, "application/json", json.writeValueAsString(body), timeout);
    }

    /** GETs {@code pathAndQuery} (already encoded). */
    Response get(URI server, String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(pathAndQuery))
                .timeout(TIMEOUT)
                .GET()
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    /** {@code GET /flowrun/{name}} of echoer: its {@code state}, or the HTTP status in brackets when there is none. */
    String flowRunState(URI server, String name) throws IOException, InterruptedException {
        Response response = get(server, "/flowrun/" + encode(name));
        if (response.status() != 200) {
            return "[HTTP " + response.status() + "]";
        }
        JsonNode state = json.readTree(response.body()).path("state");
        return state.isTextual() ? state.asText() : "[no state]";
    }

    ObjectMapper json() {
        return json;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Response post(URI server, String path, String contentType, String body, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(path))
                .timeout(timeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }
}
