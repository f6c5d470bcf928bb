package org.echoer.fsl.ast;

import java.util.Locale;
import java.util.Optional;

/** The argument types of FSL: text and 64-bit integers. */
public enum ParamType {
    STR, INT;

    public static Optional<ParamType> parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "str" -> Optional.of(STR);
            case "int" -> Optional.of(INT);
            default -> Optional.empty();
        };
    }

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean accepts(Value value) {
        return switch (this) {
            case STR -> value instanceof Value.Str;
            case INT -> value instanceof Value.Int;
        };
    }
}
