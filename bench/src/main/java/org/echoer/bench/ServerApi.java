package org.echoer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The echoer REST calls the driver makes: submit FSL, submit a flow run, read a flow run's state. */
final class ServerApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI server;
    private final ObjectMapper json;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    ServerApi(URI server, ObjectMapper json) {
        this.server = server;
        this.json = json;
    }

    record Response(int status, String body) {

        boolean ok() {
            return status / 100 == 2;
        }
    }

    /** {@code POST /fsl}: a whole document. */
    Response postFsl(String fsl) throws IOException, InterruptedException {
        return postText("/fsl", fsl);
    }

    /** {@code POST /flowrun}: one flow_run statement. */
    Response postFlowRun(String statement) throws IOException, InterruptedException {
        return postText("/flowrun", statement);
    }

    /** {@code GET /flowrun/{name}}: its {@code state}, or the HTTP status in brackets when there is none. */
    String flowRunState(String name) throws IOException, InterruptedException {
        URI uri = server.resolve("/flowrun/" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .GET()
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return "[HTTP " + response.statusCode() + "]";
        }
        JsonNode state = json.readTree(response.body()).path("state");
        return state.isTextual() ? state.asText() : "[no state]";
    }

    private Response postText(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }
}
