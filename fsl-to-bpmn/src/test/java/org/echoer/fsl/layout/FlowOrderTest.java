package org.echoer.fsl.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlowOrderTest {

    @Test
    void putsEveryNodeAfterItsPredecessorsExceptAcrossLoops() {
        // declared out of order: end first, the gateway before its task
        LayoutGraph graph = new LayoutGraph(
                List.of(node("end"), node("gw"), node("task"), node("start"), node("other")),
                List.of(edge("start", "task"), edge("task", "gw"), edge("gw", "task"), edge("gw", "other"),
                        edge("other", "end"), edge("gw", "end")));

        List<String> order = FlowOrder.sorted(graph).nodes().stream().map(LayoutNode::id).toList();

        assertThat(order).containsExactly("start", "task", "gw", "other", "end");
    }

    @Test
    void ordersNodesNothingReachesToo() {
        LayoutGraph graph = new LayoutGraph(List.of(node("a"), node("b"), node("c")),
                List.of(edge("b", "c"), edge("c", "b")));

        assertThat(FlowOrder.sorted(graph).nodes()).extracting(LayoutNode::id).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void handlesLongChainsWithoutRecursion() {
        int n = 50_000;
        List<LayoutNode> nodes = new java.util.ArrayList<>();
        List<LayoutEdge> edges = new java.util.ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            nodes.add(node("n" + i));
            if (i > 0) {
                edges.add(edge("n" + (i - 1), "n" + i));
            }
        }

        List<LayoutNode> sorted = FlowOrder.sorted(new LayoutGraph(nodes, edges)).nodes();

        assertThat(sorted.get(0).id()).isEqualTo("n0");
        assertThat(sorted.get(n - 1).id()).isEqualTo("n" + (n - 1));
    }

    private static LayoutNode node(String id) {
        return new LayoutNode(id, 10, 10, Optional.empty(), false);
    }

    private static LayoutEdge edge(String source, String target) {
        return new LayoutEdge(source + "->" + target, source, target, Optional.empty());
    }
}
