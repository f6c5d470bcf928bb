package org.echoer.fsl.ast;

import java.util.Locale;
import java.util.Optional;

/** How an action is called. */
public enum Method {
    HTTP, HTTPS, GRPC;

    public static Optional<Method> parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "http" -> Optional.of(HTTP);
            case "https" -> Optional.of(HTTPS);
            case "grpc" -> Optional.of(GRPC);
            default -> Optional.empty();
        };
    }

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
