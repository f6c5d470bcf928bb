package org.echoer.cli.api;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the server is and how to talk to it.
 *
 * @param server the base URL, for example {@code http://localhost:8080}, without a trailing slash
 * @param timeout how long one request may take, connecting included
 */
public record Connection(URI server, Credentials credentials, Duration timeout) {

    public static final String DEFAULT_SERVER = "http://localhost:8080";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public Connection {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Reads a server address as users type it: {@code http://host:8080}, {@code host:8080} or
     * {@code https://host/prefix}.
     *
     * @throws RejectedException when it is not an http(s) address
     */
    public static URI serverUri(String text) {
        String withScheme = text.contains("://") ? text.strip() : "http://" + text.strip();
        while (withScheme.endsWith("/")) {
            withScheme = withScheme.substring(0, withScheme.length() - 1);
        }
        try {
            URI uri = URI.create(withScheme);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new RejectedException("'" + text + "' is not a server address such as http://localhost:8080");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new RejectedException("'" + text + "' is not a server address such as http://localhost:8080");
        }
    }

    public URI resolve(String pathAndQuery) {
        return URI.create(server + pathAndQuery);
    }
}
