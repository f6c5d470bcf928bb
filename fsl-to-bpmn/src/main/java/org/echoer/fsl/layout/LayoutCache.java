package org.echoer.fsl.layout;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Finished layouts by graph, least recently used first out. Flow runs are mostly posted again and again
 * from the same text with other arguments: same steps, same transitions, so the same graph and the same
 * picture, and ELK need not place it again. Bounded by the number of shapes and edges held, so a few huge
 * flows cannot fill the heap.
 */
final class LayoutCache {

    private final int maxElements;
    private final Map<LayoutGraph, DiagramLayout> layouts = new LinkedHashMap<>(16, 0.75f, true);
    private int elements;

    LayoutCache(int maxElements) {
        this.maxElements = maxElements;
    }

    /** The cached layout of this graph, or the one {@code layout} makes (kept when it fits). */
    DiagramLayout get(LayoutGraph graph, Function<LayoutGraph, DiagramLayout> layout) {
        synchronized (this) {
            DiagramLayout cached = layouts.get(graph);
            if (cached != null) {
                return cached;
            }
        }
        // laid out outside the lock: two threads may both place a new graph, and the second result wins
        DiagramLayout placed = layout.apply(graph);
        int size = size(graph);
        if (size <= maxElements) {
            synchronized (this) {
                DiagramLayout previous = layouts.put(graph, placed);
                elements += previous == null ? size : 0;
                evictBeyondLimit();
            }
        }
        return placed;
    }

    private void evictBeyondLimit() {
        Iterator<LayoutGraph> eldestFirst = layouts.keySet().iterator();
        while (elements > maxElements && eldestFirst.hasNext()) {
            elements -= size(eldestFirst.next());
            eldestFirst.remove();
        }
    }

    private static int size(LayoutGraph graph) {
        return graph.nodes().size() + graph.edges().size();
    }
}
