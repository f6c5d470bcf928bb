package org.echoer.fsl.ast;

import java.util.Objects;

/** An identifier or a double-quoted name, with the place it was written. */
public record Name(String value, SourcePosition position) {

    public Name {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String toString() {
        return value;
    }
}
