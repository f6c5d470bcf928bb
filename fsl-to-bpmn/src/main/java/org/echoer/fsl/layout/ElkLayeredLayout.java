package org.echoer.fsl.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.EdgeStraighteningStrategy;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.NodeLabelPlacement;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.ElkShape;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places a {@link LayoutGraph} with ELK's layered algorithm (left to right, orthogonal edges, edge labels
 * placed by ELK between the layers, or at the edge's start in big graphs, outside labels below their node) and reads the result back in whole
 * pixels. Nodes go in in {@link FlowOrder}, and ELK reverses exactly the edges against that order. Nodes
 * with mid-side ports (gateways) take every incoming edge at one fixed port in the middle of the left
 * side and send every outgoing one from the middle of the right side: the diamond's corners.
 *
 * <p>Each call builds its own ELK graph and takes a layered provider from ELK's pool, so calls on different
 * threads share nothing but ELK's registry, which is filled once (see {@link ElkRegistry}).
 */
final class ElkLayeredLayout {

    /** Above this many boxes (some 300 steps: a step and its gateway are one box), layout speed wins over fewer crossings. */
    static final int LARGE_GRAPH_NODES = 300;

    private final int padding;

    /** @param padding room left around the drawing, so nothing sits on the editor's edge */
    ElkLayeredLayout(int padding) {
        this.padding = padding;
    }

    DiagramLayout layout(LayoutGraph unordered) {
        LayoutGraph graph = FlowOrder.sorted(unordered);
        ElkNode root = ElkGraphUtil.createGraph();
        boolean large = graph.nodes().size() > LARGE_GRAPH_NODES;
        configure(root, large);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(padding));
        EdgeLabelPlacement labelPlacement = large ? EdgeLabelPlacement.TAIL : EdgeLabelPlacement.CENTER;
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (LayoutNode node : graph.nodes()) {
            nodes.put(node.id(), createNode(root, node));
        }
        Map<String, ElkEdge> edges = new LinkedHashMap<>();
        for (LayoutEdge edge : graph.edges()) {
            ElkConnectableShape source = endpoint(nodes.get(edge.sourceId()), PortSide.EAST);
            ElkConnectableShape target = endpoint(nodes.get(edge.targetId()), PortSide.WEST);
            edges.put(edge.id(), createEdge(source, target, edge, labelPlacement));
        }
        Runnable place = () -> new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        if (large) {
            DeepStack.run("diagram-layout", place);
        } else {
            place.run();
        }
        return read(nodes, edges);
    }

    private static void configure(ElkNode root, boolean large) {
        root.setProperty(CoreOptions.ALGORITHM, ElkRegistry.layeredAlgorithmId());
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 30.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 15.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 15.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 10.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 10.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 3.0);
        root.setProperty(LayeredOptions.SPACING_LABEL_NODE, 5.0);
        // edges against the node order are the ones drawn backwards; FlowOrder made that order
        root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
        if (large) {
            // Pictures that big are scrolled through, not studied, and ELK's careful defaults take most of a
            // big compile. Without crossing minimisation each layer keeps the flow's own order (FlowOrder),
            // the order the author wrote the steps in. Labels at the gateway's corner instead of halfway
            // along their edge spare ELK a label node on every edge, so an edge to the next step spans one
            // layer, not two. One Brandes-Koepf alignment without straightening, not the balance of four,
            // keeps each chain of steps on one line. Measured on a 1,000-step flow (docs/benchmarks.md),
            // this is faster and the picture less than half as tall: without the first two settings the
            // steps zig-zag up and down.
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.NONE);
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
            root.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.LEFTUP);
            root.setProperty(LayeredOptions.NODE_PLACEMENT_BK_EDGE_STRAIGHTENING, EdgeStraighteningStrategy.NONE);
        }
    }

    private static ElkNode createNode(ElkNode root, LayoutNode node) {
        ElkNode elkNode = ElkGraphUtil.createNode(root);
        elkNode.setIdentifier(node.id());
        elkNode.setDimensions(node.width(), node.height());
        if (node.midSidePorts()) {
            elkNode.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            createPort(elkNode, PortSide.WEST, 0, node.portY());
            createPort(elkNode, PortSide.EAST, node.width(), node.portY());
        }
        node.outsideLabel().ifPresent(text -> {
            ElkLabel label = ElkGraphUtil.createLabel(text, elkNode);
            label.setDimensions(TextMetrics.labelWidth(text), TextMetrics.labelHeight());
            elkNode.setProperty(CoreOptions.NODE_LABELS_PLACEMENT, NodeLabelPlacement.outsideBottomCenter());
        });
        return elkNode;
    }

    private static void createPort(ElkNode node, PortSide side, double x, double y) {
        ElkPort port = ElkGraphUtil.createPort(node);
        port.setProperty(CoreOptions.PORT_SIDE, side);
        port.setLocation(x, y);
        port.setDimensions(0, 0);
    }

    /** The node itself (ELK picks the point), or its fixed port on that side when it has ports. */
    private static ElkConnectableShape endpoint(ElkNode node, PortSide side) {
        for (ElkPort port : node.getPorts()) {
            if (port.getProperty(CoreOptions.PORT_SIDE) == side) {
                return port;
            }
        }
        return node;
    }

    private static ElkEdge createEdge(ElkConnectableShape source, ElkConnectableShape target, LayoutEdge edge,
            EdgeLabelPlacement labelPlacement) {
        ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(source, target);
        elkEdge.setIdentifier(edge.id());
        edge.label().ifPresent(text -> {
            ElkLabel label = ElkGraphUtil.createLabel(text, elkEdge);
            label.setDimensions(TextMetrics.labelWidth(text), TextMetrics.labelHeight());
            label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, labelPlacement);
        });
        return elkEdge;
    }

    private static DiagramLayout read(Map<String, ElkNode> nodes, Map<String, ElkEdge> edges) {
        Map<String, NodeGeometry> nodeGeometry = new LinkedHashMap<>();
        nodes.forEach((id, node) -> nodeGeometry.put(id, new NodeGeometry(rect(node, 0, 0),
                node.getLabels().stream().findFirst().map(label -> rect(label, node.getX(), node.getY())))));
        Map<String, EdgeGeometry> edgeGeometry = new LinkedHashMap<>();
        edges.forEach((id, edge) -> {
            Rect source = nodeGeometry.get(ElkGraphUtil.getSourceNode(edge).getIdentifier()).shape();
            Rect target = nodeGeometry.get(ElkGraphUtil.getTargetNode(edge).getIdentifier()).shape();
            edgeGeometry.put(id, new EdgeGeometry(route(id, edge, source, target),
                    edge.getLabels().stream().findFirst().map(label -> rect(label, 0, 0))));
        });
        return new DiagramLayout(nodeGeometry, edgeGeometry);
    }

    /** Edge coordinates are relative to the edge's container, which is the root for our flat graphs. */
    private static List<Point> route(String id, ElkEdge edge, Rect source, Rect target) {
        if (edge.getSections().size() != 1) {
            throw new IllegalStateException("ELK routed edge " + id + " in " + edge.getSections().size()
                    + " sections");
        }
        ElkEdgeSection section = edge.getSections().get(0);
        int n = section.getBendPoints().size() + 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        xs[0] = section.getStartX();
        ys[0] = section.getStartY();
        for (int i = 1; i < n - 1; i++) {
            ElkBendPoint bend = section.getBendPoints().get(i - 1);
            xs[i] = bend.getX();
            ys[i] = bend.getY();
        }
        xs[n - 1] = section.getEndX();
        ys[n - 1] = section.getEndY();
        return Waypoints.snap(xs, ys, source, target);
    }

    /** Sizes are whole already; rounding them separately keeps a 100 wide task 100 wide. */
    private static Rect rect(ElkShape shape, double offsetX, double offsetY) {
        return new Rect(Waypoints.round(offsetX + shape.getX()), Waypoints.round(offsetY + shape.getY()),
                Waypoints.round(shape.getWidth()), Waypoints.round(shape.getHeight()));
    }
}
