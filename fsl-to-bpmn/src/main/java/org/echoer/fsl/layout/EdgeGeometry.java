package org.echoer.fsl.layout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The route of an edge, from the source's border to the target's, and where its label went. */
record EdgeGeometry(List<Point> waypoints, Optional<Rect> label) {

    EdgeGeometry {
        waypoints = List.copyOf(waypoints);
        Objects.requireNonNull(label, "label");
    }

    EdgeGeometry translate(int dx, int dy) {
        return new EdgeGeometry(waypoints.stream().map(p -> p.translate(dx, dy)).toList(),
                label.map(b -> b.translate(dx, dy)));
    }
}
