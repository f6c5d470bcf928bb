package org.echoer.fsl.layout;

import java.util.Objects;
import java.util.Optional;

/** A connection to route from one node to another, with the text written along it, if any. */
record LayoutEdge(String id, String sourceId, String targetId, Optional<String> label) {

    LayoutEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(label, "label");
    }
}
