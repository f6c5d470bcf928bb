package org.echoer.fsl.layout;

import java.util.Objects;
import java.util.Optional;

/** Where a node's shape went, and its outside label if it has one. */
record NodeGeometry(Rect shape, Optional<Rect> label) {

    NodeGeometry {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(label, "label");
    }

    NodeGeometry translate(int dx, int dy) {
        return new NodeGeometry(shape.translate(dx, dy), label.map(b -> b.translate(dx, dy)));
    }
}
