package org.echoer.fsl.layout;

import java.util.List;

/**
 * What the layout engine is asked to place: nodes and the edges between them, in document order (which
 * {@link FlowOrder} turns into the flow order ELK works with).
 */
record LayoutGraph(List<LayoutNode> nodes, List<LayoutEdge> edges) {

    LayoutGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
