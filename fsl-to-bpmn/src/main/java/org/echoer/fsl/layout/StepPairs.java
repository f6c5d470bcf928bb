package org.echoer.fsl.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out a step and its gateway as one box. Every step of a flow is a task followed by the gateway that
 * routes its states; placed apart, they double the nodes and layers the layered algorithm works through
 * (and every edge that skips steps crosses twice as many layers). Here each such pair becomes one node,
 * entered at the task's left middle and left at the gateway's right corner, and is split again after.
 *
 * <p>Each box draws the flows back into its own step itself, and in a big diagram
 * {@linkplain #drawingOwnLabels its gateway's labels} too ({@link OwnDecorations}); the layered algorithm
 * sees neither. A named gateway's name stands above the box's shapes, centred on the gateway (and above
 * the labels stacked at its corner in a big diagram), where no flow runs.
 */
final class StepPairs {

    /** Room between a task and its gateway, which the edge between them crosses. */
    static final int GAP = 40;

    private final Map<String, Pair> pairsByTask;
    private final boolean ownLabels;

    private StepPairs(Map<String, Pair> pairsByTask, boolean ownLabels) {
        this.pairsByTask = pairsByTask;
        this.ownLabels = ownLabels;
    }

    /** @param decorations the gateway's loops, and in a big diagram its labels, drawn by the pair itself */
    private record Pair(LayoutNode task, LayoutNode gateway, LayoutEdge link, OwnDecorations decorations) {

        int shapesWidth() {
            return task.width() + GAP + gateway.width();
        }

        int shapesHeight() {
            return Math.max(task.height(), gateway.height());
        }

        /** The room the gateway's name takes above the shapes, with the gap below it; 0 without a name. */
        int nameRoom() {
            return gateway.outsideLabel().isPresent() ? TextMetrics.labelHeight() + OwnDecorations.LABEL_GAP : 0;
        }

        /** Where the gateway's name starts, from the task's left side: centred on the gateway, not left of the task. */
        int nameX() {
            int gatewayCentre = task.width() + GAP + gateway.width() / 2;
            return Math.max(0, gatewayCentre - nameWidth() / 2);
        }

        int nameWidth() {
            return gateway.outsideLabel().map(TextMetrics::labelWidth).orElse(0);
        }
    }

    /** The pairs of a graph: a task whose only way out leads to a gateway that only it leads to. */
    static StepPairs of(LayoutGraph graph) {
        Map<String, LayoutNode> nodes = new HashMap<>();
        graph.nodes().forEach(node -> nodes.put(node.id(), node));
        Map<String, List<LayoutEdge>> outgoing = new HashMap<>();
        Map<String, List<LayoutEdge>> incoming = new HashMap<>();
        for (LayoutEdge edge : graph.edges()) {
            outgoing.computeIfAbsent(edge.sourceId(), id -> new ArrayList<>()).add(edge);
            incoming.computeIfAbsent(edge.targetId(), id -> new ArrayList<>()).add(edge);
        }
        Map<String, Pair> pairs = new LinkedHashMap<>();
        for (LayoutNode task : graph.nodes()) {
            List<LayoutEdge> out = outgoing.getOrDefault(task.id(), List.of());
            if (task.midSidePorts() || task.outsideLabel().isPresent() || out.size() != 1) {
                continue;
            }
            LayoutNode gateway = nodes.get(out.get(0).targetId());
            boolean onlyFromTask = incoming.getOrDefault(gateway.id(), List.of()).size() == 1;
            boolean evenlyCentred = (task.height() - gateway.height()) % 2 == 0;
            if (gateway.midSidePorts() && onlyFromTask && evenlyCentred
                    && !gateway.id().equals(task.id())) {
                List<LayoutEdge> exits = new ArrayList<>();
                List<LayoutEdge> loops = new ArrayList<>();
                for (LayoutEdge edge : outgoing.getOrDefault(gateway.id(), List.of())) {
                    (edge.targetId().equals(task.id()) ? loops : exits).add(edge);
                }
                pairs.put(task.id(), new Pair(task, gateway, out.get(0), new OwnDecorations(exits, loops)));
            }
        }
        return new StepPairs(pairs, false);
    }

    /** How many nodes the condensed graph has. */
    int condensedSize(LayoutGraph graph) {
        return graph.nodes().size() - pairsByTask.size();
    }

    /** The same pairs, each also drawing the labels of its gateway's flows itself. */
    StepPairs drawingOwnLabels() {
        return new StepPairs(pairsByTask, true);
    }

    /** The graph with each pair as one node (named as its task) and the edges out of its gateway leaving it. */
    LayoutGraph condense(LayoutGraph graph) {
        Map<String, String> boxOfGateway = new HashMap<>();
        pairsByTask.values().forEach(pair -> boxOfGateway.put(pair.gateway().id(), pair.task().id()));
        List<LayoutNode> nodes = new ArrayList<>();
        for (LayoutNode node : graph.nodes()) {
            Pair pair = pairsByTask.get(node.id());
            if (pair != null) {
                int above = roomAbove(pair);
                nodes.add(new LayoutNode(node.id(), boxWidth(pair), above + pair.shapesHeight() + roomBelow(pair),
                        Optional.empty(), true, above + pair.shapesHeight() / 2));
            } else if (!boxOfGateway.containsKey(node.id())) {
                nodes.add(node);
            }
        }
        List<LayoutEdge> edges = new ArrayList<>();
        for (LayoutEdge edge : graph.edges()) {
            if (pairsByTask.containsKey(edge.sourceId()) && pairsByTask.get(edge.sourceId()).link().equals(edge)) {
                continue;
            }
            String box = boxOfGateway.get(edge.sourceId());
            if (box == null) {
                edges.add(edge);
            } else if (!edge.targetId().equals(box)) {
                edges.add(new LayoutEdge(edge.id(), box, edge.targetId(), ownLabels ? Optional.empty() : edge.label()));
            }
        }
        return new LayoutGraph(nodes, edges);
    }

    private int boxWidth(Pair pair) {
        int gatewayCentre = pair.task().width() + GAP + pair.gateway().width() / 2;
        int loopLabels = pair.decorations().loopLabelsReach(pair.task().width(), gatewayCentre);
        int name = pair.nameX() + pair.nameWidth();
        return Math.max(Math.max(pair.shapesWidth() + (ownLabels ? pair.decorations().labelsWidth() : 0), loopLabels), name);
    }

    private int roomAbove(Pair pair) {
        return labelsRoomAbove(pair) + pair.nameRoom();
    }

    /** The room the gateway's stacked flow labels take above the shapes (in a big diagram). */
    private int labelsRoomAbove(Pair pair) {
        return ownLabels ? pair.decorations().roomAbove(pair.shapesHeight()) : 0;
    }

    private int roomBelow(Pair pair) {
        return pair.decorations().roomBelow();
    }

    /** The placed boxes split again: the task at the left, its gateway at the right, the edge between them. */
    DiagramLayout expand(DiagramLayout placed) {
        Map<String, NodeGeometry> nodes = new LinkedHashMap<>();
        Map<String, EdgeGeometry> edges = new LinkedHashMap<>(placed.edges());
        placed.nodes().forEach((id, geometry) -> {
            Pair pair = pairsByTask.get(id);
            if (pair == null) {
                nodes.put(id, geometry);
                return;
            }
            Rect box = geometry.shape();
            int shapesTop = box.y() + roomAbove(pair);
            Rect task = new Rect(box.x(), shapesTop + (pair.shapesHeight() - pair.task().height()) / 2,
                    pair.task().width(), pair.task().height());
            Rect gateway = new Rect(box.x() + pair.task().width() + GAP,
                    shapesTop + (pair.shapesHeight() - pair.gateway().height()) / 2,
                    pair.gateway().width(), pair.gateway().height());
            nodes.put(id, new NodeGeometry(task, Optional.empty()));
            Optional<Rect> name = pair.gateway().outsideLabel().map(text -> new Rect(box.x() + pair.nameX(),
                    shapesTop - labelsRoomAbove(pair) - pair.nameRoom(), pair.nameWidth(), TextMetrics.labelHeight()));
            nodes.put(pair.gateway().id(), new NodeGeometry(gateway, name));
            int middle = task.y() + task.height() / 2;
            edges.put(pair.link().id(), new EdgeGeometry(
                    List.of(new Point(task.x() + task.width(), middle), new Point(gateway.x(), middle)), Optional.empty()));
            edges.putAll(pair.decorations().draw(task, gateway, placed.edges(), ownLabels));
        });
        return new DiagramLayout(nodes, edges);
    }
}
