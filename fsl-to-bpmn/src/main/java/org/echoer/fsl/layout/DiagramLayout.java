package org.echoer.fsl.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The placed diagram: node and edge geometry by element id, in the order of the laid out graph. */
record DiagramLayout(Map<String, NodeGeometry> nodes, Map<String, EdgeGeometry> edges) {

    /** Keeps the order: the DI is written in it, and the same model must always give the same file. */
    DiagramLayout {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        edges = Collections.unmodifiableMap(new LinkedHashMap<>(edges));
    }

    /** The rectangle holding every shape, label and waypoint; empty for an empty diagram. */
    Optional<Rect> extent() {
        Rect extent = null;
        for (NodeGeometry node : nodes.values()) {
            extent = union(extent, node.shape());
            extent = union(extent, node.label().orElse(null));
        }
        for (EdgeGeometry edge : edges.values()) {
            for (Point p : edge.waypoints()) {
                extent = union(extent, new Rect(p.x(), p.y(), 0, 0));
            }
            extent = union(extent, edge.label().orElse(null));
        }
        return Optional.ofNullable(extent);
    }

    /** Moves everything so the diagram starts at (margin, margin): editors expect no negative coordinates. */
    DiagramLayout withMargin(int margin) {
        return extent().filter(e -> e.x() != margin || e.y() != margin)
                .map(e -> translate(margin - e.x(), margin - e.y())).orElse(this);
    }

    private DiagramLayout translate(int dx, int dy) {
        Map<String, NodeGeometry> movedNodes = new LinkedHashMap<>();
        nodes.forEach((id, node) -> movedNodes.put(id, node.translate(dx, dy)));
        Map<String, EdgeGeometry> movedEdges = new LinkedHashMap<>();
        edges.forEach((id, edge) -> movedEdges.put(id, edge.translate(dx, dy)));
        return new DiagramLayout(movedNodes, movedEdges);
    }

    private static Rect union(Rect a, Rect b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.union(b);
    }
}
