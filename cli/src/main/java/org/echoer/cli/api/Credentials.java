package org.echoer.cli.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** How the terminal proves who it is: nothing, HTTP Basic, or a bearer token. */
public final class Credentials {

    private static final Credentials NONE = new Credentials(null);

    private final String authorization;

    private Credentials(String authorization) {
        this.authorization = authorization;
    }

    public static Credentials none() {
        return NONE;
    }

    public static Credentials basic(String user, String password) {
        String pair = user + ":" + (password == null ? "" : password);
        return new Credentials("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    public static Credentials bearer(String token) {
        return new Credentials("Bearer " + token);
    }

    /** The {@code Authorization} header value, when there is one to send. */
    public Optional<String> authorization() {
        return Optional.ofNullable(authorization);
    }

    @Override
    public String toString() {
        // never print a secret
        return authorization == null ? "none" : authorization.substring(0, authorization.indexOf(' '));
    }
}
