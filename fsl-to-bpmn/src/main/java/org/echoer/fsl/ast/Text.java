package org.echoer.fsl.ast;

import java.util.Objects;

/** A string literal (double-quoted or backtick), unescaped, with the place of its opening quote. */
public record Text(String value, SourcePosition position) {

    public Text {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(position, "position");
    }
}
