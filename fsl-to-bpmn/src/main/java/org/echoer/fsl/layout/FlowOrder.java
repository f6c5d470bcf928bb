package org.echoer.fsl.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders a graph's nodes so that only the edges that close a loop point backwards: the reverse postorder
 * of a depth-first search that starts at the nodes nothing leads to (the start event), following edges in
 * document order. Handed to ELK as the model order, this decides which edges ELK draws right to left, so
 * a step's gateway always sits right of its step and a loop always reads as going back. (ELK's own cycle
 * breakers guess, and sometimes turn a step's only way in around.)
 */
final class FlowOrder {

    private FlowOrder() {
    }

    static LayoutGraph sorted(LayoutGraph graph) {
        Map<String, List<String>> successors = new LinkedHashMap<>();
        Set<String> targets = new HashSet<>();
        for (LayoutNode node : graph.nodes()) {
            successors.put(node.id(), new ArrayList<>());
        }
        for (LayoutEdge edge : graph.edges()) {
            successors.get(edge.sourceId()).add(edge.targetId());
            targets.add(edge.targetId());
        }
        List<String> postorder = new ArrayList<>(graph.nodes().size());
        Set<String> visited = new HashSet<>();
        for (LayoutNode node : graph.nodes()) {
            if (!targets.contains(node.id())) {
                visit(node.id(), successors, visited, postorder);
            }
        }
        for (LayoutNode node : graph.nodes()) {
            visit(node.id(), successors, visited, postorder);
        }
        Collections.reverse(postorder);
        Map<String, LayoutNode> byId = new HashMap<>();
        graph.nodes().forEach(node -> byId.put(node.id(), node));
        return new LayoutGraph(postorder.stream().map(byId::get).toList(), graph.edges());
    }

    /** Depth-first, with an explicit stack: flows of thousands of steps would overflow the call stack. */
    private static void visit(String start, Map<String, List<String>> successors, Set<String> visited,
            List<String> postorder) {
        if (!visited.add(start)) {
            return;
        }
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(start, successors.get(start)));
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            if (top.next < top.successors.size()) {
                String next = top.successors.get(top.next++);
                if (visited.add(next)) {
                    stack.push(new Frame(next, successors.get(next)));
                }
            } else {
                stack.pop();
                postorder.add(top.node);
            }
        }
    }

    private static final class Frame {

        final String node;
        final List<String> successors;
        int next;

        Frame(String node, List<String> successors) {
            this.node = node;
            this.successors = successors;
        }
    }
}
