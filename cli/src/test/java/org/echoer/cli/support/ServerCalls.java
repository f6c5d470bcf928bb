package org.echoer.cli.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP to the server under test, to set the scene and check results independently of the terminal. */
public final class ServerCalls {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;

    public ServerCalls(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public String base() {
        return base;
    }

    public int delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE()).statusCode();
    }

    public int postText(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode();
    }

    public JsonNode get(String path) {
        try {
            return json.readTree(send(HttpRequest.newBuilder(URI.create(base + path)).GET()).body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String flowRunState(String name) {
        return get("/flowrun/" + name).path("state").asText();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
