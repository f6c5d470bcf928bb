package org.echoer.cli.api;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * HTTP to the echoer server with the JDK client. Turns every way a request can fail into a
 * {@link ServerProblemException} with a one-line message; the status of an answer is left to the caller,
 * except 401 and 403, which always mean the login was refused.
 */
public final class HttpTransport {

    private final Connection connection;
    private final HttpClient http;

    public HttpTransport(Connection connection) {
        this(connection, HttpClient.newBuilder().connectTimeout(connection.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build());
    }

    HttpTransport(Connection connection, HttpClient http) {
        this.connection = connection;
        this.http = http;
    }

    public Connection connection() {
        return connection;
    }

    public ApiResponse get(String path) {
        return send(request(path).GET());
    }

    public ApiResponse delete(String path) {
        return send(request(path).DELETE());
    }

    public ApiResponse postText(String path, String text) {
        return send(request(path).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    /**
     * Opens a long-lived stream ({@code text/event-stream}); no request timeout applies once it is open.
     * The caller closes the stream.
     */
    public Stream<String> openLines(String path) {
        HttpRequest request = builder(path).header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = exchange(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            String body = String.join("\n", response.body().limit(50).toList());
            response.body().close();
            refuseLogin(response.statusCode());
            throw new ServerErrorException(where() + " answered " + response.statusCode() + " to " + path
                    + (body.isBlank() ? "" : ": " + body.strip()));
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return builder(path).timeout(connection.timeout()).header("Accept", "application/json");
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(connection.resolve(path));
        connection.credentials().authorization().ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    private ApiResponse send(HttpRequest.Builder builder) {
        HttpResponse<String> response = exchange(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        refuseLogin(response.statusCode());
        return new ApiResponse(response.statusCode(), response.body());
    }

    private void refuseLogin(int status) {
        if (status == 401 || status == 403) {
            throw new LoginRefusedException(where() + " refused the login (" + status
                    + "): check --user, ECHOER_USER and ECHOER_PASSWORD, or ECHOER_TOKEN");
        }
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (HttpConnectTimeoutException e) {
            throw new ServerTimeoutException("cannot reach the echoer server at " + where() + ": no connection within "
                    + seconds(connection.timeout()), e);
        } catch (HttpTimeoutException e) {
            throw new ServerTimeoutException("the echoer server at " + where() + " did not answer within "
                    + seconds(connection.timeout()), e);
        } catch (ConnectException e) {
            throw new ServerUnreachableException("cannot reach the echoer server at " + where() + " (" + reason(e)
                    + "); start it, or point --server or ECHOER_SERVER at it", e);
        } catch (IOException e) {
            throw new ServerUnreachableException("the connection to the echoer server at " + where() + " failed: "
                    + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerProblemException("interrupted while talking to " + where(), e);
        } catch (IllegalArgumentException e) {
            throw new RejectedException("cannot build a request for " + request.uri() + ": " + e.getMessage());
        }
    }

    private String where() {
        URI server = connection.server();
        return server.toString();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    /** The JDK often leaves the message empty; the cause chain says more. */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException) {
                return "unknown host";
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                String message = t.getMessage();
                return message.toLowerCase(java.util.Locale.ROOT).contains("connection refused") ? "connection refused" : message;
            }
        }
        return e instanceof ConnectException ? "connection refused" : e.getClass().getSimpleName();
    }
}
