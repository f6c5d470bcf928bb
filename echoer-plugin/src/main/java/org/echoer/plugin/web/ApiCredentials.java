package org.echoer.plugin.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The users and bearer tokens the API accepts; every comparison takes the same time whatever matches. */
public final class ApiCredentials {

    private final Map<String, String> users;
    private final List<String> tokens;

    public ApiCredentials(Map<String, String> users, List<String> tokens) {
        this.users = Map.copyOf(users);
        this.tokens = List.copyOf(tokens);
    }

    public boolean isEmpty() {
        return users.isEmpty() && tokens.isEmpty();
    }

    /** Whether an {@code Authorization} header value ({@code Basic ...} or {@code Bearer ...}) names one of them. */
    boolean accepts(String authorization) {
        if (authorization == null) {
            return false;
        }
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String scheme = authorization.substring(0, space);
        String value = authorization.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return tokens.stream().map(token -> same(token, value)).reduce(false, Boolean::logicalOr);
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            return basic(value);
        }
        return false;
    }

    private boolean basic(String encoded) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String password = users.get(pair.substring(0, colon));
        // a missing user still costs a comparison, so timing does not tell which user names exist
        return same(password == null ? "" : password, pair.substring(colon + 1)) && password != null;
    }

    static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
