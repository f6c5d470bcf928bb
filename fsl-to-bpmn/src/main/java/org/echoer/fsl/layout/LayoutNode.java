package org.echoer.fsl.layout;

import java.util.Objects;
import java.util.Optional;

/**
 * A shape to place: its id, fixed size and, for events and gateways, the name written below it.
 *
 * @param outsideLabel text drawn below the shape (its size is reserved by the layout), or empty
 * @param midSidePorts whether all edges come in at one point of the left side and leave at one point of
 *     the right side (a diamond's corners) instead of wherever the layout likes
 * @param portY how far below the node's top those two points are
 */
record LayoutNode(String id, int width, int height, Optional<String> outsideLabel, boolean midSidePorts, int portY) {

    LayoutNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outsideLabel, "outsideLabel");
    }

    /** A node whose ports, if it has them, sit halfway down its sides. */
    LayoutNode(String id, int width, int height, Optional<String> outsideLabel, boolean midSidePorts) {
        this(id, width, height, outsideLabel, midSidePorts, height / 2);
    }
}
