package org.echoer.fsl.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;

class LayoutCacheTest {

    private final AtomicInteger placed = new AtomicInteger();
    private final Function<LayoutGraph, DiagramLayout> counting = graph -> {
        placed.incrementAndGet();
        return new DiagramLayout(Map.of(), Map.of());
    };

    @Test
    void placesAGraphOnceAndAnEqualGraphNotAgain() {
        LayoutCache cache = new LayoutCache(100);

        DiagramLayout first = cache.get(chain(3), counting);
        DiagramLayout second = cache.get(chain(3), counting);

        assertThat(second).isSameAs(first);
        assertThat(placed).hasValue(1);
    }

    @Test
    void placesADifferentGraphAgain() {
        LayoutCache cache = new LayoutCache(100);

        cache.get(chain(3), counting);
        cache.get(chain(4), counting);

        assertThat(placed).hasValue(2);
    }

    @Test
    void dropsTheLeastRecentlyUsedGraphWhenFull() {
        LayoutCache cache = new LayoutCache(12); // chain(3): 3 nodes + 2 edges
        cache.get(chain(3), counting);
        cache.get(chainNamed("x", 3), counting);
        cache.get(chain(3), counting); // used again: now the newest

        cache.get(chainNamed("y", 3), counting); // 15 elements: the eldest (x) goes
        placed.set(0);
        cache.get(chain(3), counting);
        cache.get(chainNamed("y", 3), counting);
        cache.get(chainNamed("x", 3), counting);

        assertThat(placed).hasValue(1);
    }

    @Test
    void neverKeepsAGraphLargerThanTheWholeCache() {
        LayoutCache cache = new LayoutCache(4);

        cache.get(chain(3), counting);
        cache.get(chain(3), counting);

        assertThat(placed).hasValue(2);
    }

    @Test
    void cachedLayoutWritesTheSameDiagramAsAFreshOne() {
        BpmnLayout cached = BpmnLayout.withCache(10_000);
        BpmnModelInstance once = BpmnLayoutTest.fiveStepFlow();
        BpmnModelInstance twice = BpmnLayoutTest.fiveStepFlow();
        BpmnModelInstance fresh = BpmnLayoutTest.fiveStepFlow();

        cached.apply(once);
        cached.apply(twice);
        new BpmnLayout().apply(fresh);

        assertThat(diagram(twice)).isEqualTo(diagram(fresh)).isEqualTo(diagram(once)).isNotEmpty();
    }

    /** Every shape's bounds and every edge's waypoints, by the element they draw. */
    private static List<String> diagram(BpmnModelInstance model) {
        List<String> lines = new java.util.ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            Bounds b = shape.getBounds();
            lines.add(shape.getBpmnElement().getId() + " " + b.getX() + "," + b.getY() + " " + b.getWidth() + "x" + b.getHeight());
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            StringBuilder line = new StringBuilder(edge.getBpmnElement().getId());
            edge.getWaypoints().forEach(w -> line.append(' ').append(w.getX()).append(',').append(w.getY()));
            lines.add(line.toString());
        }
        return lines;
    }

    private static LayoutGraph chain(int nodes) {
        return chainNamed("n", nodes);
    }

    private static LayoutGraph chainNamed(String prefix, int nodes) {
        List<LayoutNode> shapes = new java.util.ArrayList<>();
        List<LayoutEdge> edges = new java.util.ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            shapes.add(new LayoutNode(prefix + i, 100, 80, Optional.empty(), false));
            if (i > 0) {
                edges.add(new LayoutEdge(prefix + "e" + i, prefix + (i - 1), prefix + i, Optional.empty()));
            }
        }
        return new LayoutGraph(shapes, edges);
    }
}
