package org.echoer.fsl.layout;

import java.util.List;

/**
 * What the layout engine is asked to place: nodes in model order (the order matters: it breaks ties and
 * keeps the picture stable) and the edges between them.
 */
record LayoutGraph(List<LayoutNode> nodes, List<LayoutEdge> edges) {

    LayoutGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
