package org.echoer.fsl.layout;

import java.util.Objects;
import java.util.Optional;

/**
 * A shape to place: its id, fixed size and, for events and gateways, the name written below it.
 *
 * @param outsideLabel text drawn below the shape (its size is reserved by the layout), or empty
 * @param midSidePorts whether all edges come in at the middle of the left side and leave at the middle of
 *     the right side (a diamond's corners) instead of wherever the layout likes
 */
record LayoutNode(String id, int width, int height, Optional<String> outsideLabel, boolean midSidePorts) {

    LayoutNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outsideLabel, "outsideLabel");
    }
}
