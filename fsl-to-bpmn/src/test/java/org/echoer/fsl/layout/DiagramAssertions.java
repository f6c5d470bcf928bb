package org.echoer.fsl.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Checks that a model's BPMN DI is a readable diagram (docs/fsl.md, "The BPMN it becomes"), reading only the DI, so it serves
 * for any model: each process has one diagram; every flow node a shape and every sequence flow an edge;
 * whole-pixel coordinates, none negative; the start event left of everything it reaches and flows into a
 * node with a single way in pointing right; no two shapes overlapping, no label over a shape or another
 * label; every edge at least two waypoints, orthogonal segments of non-zero length, starting on the
 * border of its source and ending on the border of its target, never crossing the inside of a shape; a
 * label for every named sequence flow and named end event, a flow's label within 45 px of its route.
 *
 * <p>Failures list every problem found, each naming the element ids.
 */
public final class DiagramAssertions {

    private static final int MAX_REPORTED = 40;

    private DiagramAssertions() {
    }

    public static void assertReadable(BpmnModelInstance model) {
        List<String> problems = problems(model);
        if (!problems.isEmpty()) {
            List<String> shown = problems.subList(0, Math.min(MAX_REPORTED, problems.size()));
            throw new AssertionError("diagram is not readable (" + problems.size() + " problems):\n  "
                    + String.join("\n  ", shown));
        }
    }

    /** Every rule broken, one line each; empty for a readable diagram. */
    public static List<String> problems(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        if (processes.isEmpty()) {
            problems.add("model has no process");
        }
        for (Process process : processes) {
            new ProcessCheck(model, process, problems).run();
        }
        return problems;
    }

    /**
     * How far a sequence flow's label may sit from the flow's route: beside it, or in a big flow in the
     * stack of labels at the corner of the gateway the flow leaves.
     */
    private static final double LABEL_REACH = 45;

    /** A rectangle read from dc:Bounds, in doubles as the file has them. */
    private record Box(String owner, double x, double y, double width, double height) {

        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        boolean overlaps(Box other) {
            return x < other.maxX() && other.x < maxX() && y < other.maxY() && other.y < maxY();
        }

        boolean onBorder(double px, double py) {
            boolean withinX = x <= px && px <= maxX();
            boolean withinY = y <= py && py <= maxY();
            return (withinY && (px == x || px == maxX())) || (withinX && (py == y || py == maxY()));
        }

        /** How far the axis-parallel segment a-b comes to this box; 0 when it touches or enters it. */
        double distanceTo(double ax, double ay, double bx, double by) {
            double dx = Math.max(0, Math.max(x - Math.max(ax, bx), Math.min(ax, bx) - maxX()));
            double dy = Math.max(0, Math.max(y - Math.max(ay, by), Math.min(ay, by) - maxY()));
            return Math.hypot(dx, dy);
        }

        /** Whether the axis-parallel segment a-b has a point strictly inside this box. */
        boolean crossedBy(double ax, double ay, double bx, double by) {
            if (ay == by) {
                return y < ay && ay < maxY() && Math.max(ax, bx) > x && Math.min(ax, bx) < maxX();
            }
            return x < ax && ax < maxX() && Math.max(ay, by) > y && Math.min(ay, by) < maxY();
        }

        @Override
        public String toString() {
            return owner + "[" + x + "," + y + " " + width + "x" + height + "]";
        }
    }

    private static final class ProcessCheck {

        private final BpmnModelInstance model;
        private final Process process;
        private final List<String> problems;
        private final Map<String, Box> shapes = new LinkedHashMap<>();
        private final List<Box> labels = new ArrayList<>();

        ProcessCheck(BpmnModelInstance model, Process process, List<String> problems) {
            this.model = model;
            this.process = process;
            this.problems = problems;
        }

        void run() {
            List<BpmnPlane> planes = model.getModelElementsByType(BpmnDiagram.class).stream()
                    .map(BpmnDiagram::getBpmnPlane)
                    .filter(plane -> plane != null && plane.getBpmnElement() == process)
                    .toList();
            if (planes.size() != 1) {
                problem("process %s has %d diagrams, expected 1", process.getId(), planes.size());
                return;
            }
            BpmnPlane plane = planes.get(0);
            Map<String, BpmnShape> shapeElements = new LinkedHashMap<>();
            Map<String, BpmnEdge> edgeElements = new LinkedHashMap<>();
            for (DiagramElement element : plane.getDiagramElements()) {
                if (element instanceof BpmnShape shape && shape.getBpmnElement() != null) {
                    putOnce(shapeElements, shape.getBpmnElement().getId(), shape, "shapes");
                } else if (element instanceof BpmnEdge edge && edge.getBpmnElement() != null) {
                    putOnce(edgeElements, edge.getBpmnElement().getId(), edge, "edges");
                } else {
                    problem("diagram element %s of process %s refers to no element", element.getId(),
                            process.getId());
                }
            }
            List<FlowNode> nodes = new ArrayList<>();
            List<SequenceFlow> flows = new ArrayList<>();
            for (FlowElement element : process.getFlowElements()) {
                if (element instanceof FlowNode node) {
                    nodes.add(node);
                } else if (element instanceof SequenceFlow flow) {
                    flows.add(flow);
                }
            }
            readShapes(nodes, shapeElements);
            checkShapesApart();
            checkLabels(shapeElements, edgeElements, flows, nodes);
            for (SequenceFlow flow : flows) {
                BpmnEdge edge = edgeElements.get(flow.getId());
                if (edge == null) {
                    problem("sequence flow %s has no BPMNEdge", flow.getId());
                } else {
                    checkRoute(flow, edge);
                }
            }
            checkLeftToRight(nodes, flows);
        }

        private <T> void putOnce(Map<String, T> map, String id, T value, String what) {
            if (map.put(id, value) != null) {
                problem("element %s has several %s", id, what);
            }
        }

        private void readShapes(List<FlowNode> nodes, Map<String, BpmnShape> shapeElements) {
            for (FlowNode node : nodes) {
                BpmnShape shape = shapeElements.get(node.getId());
                if (shape == null) {
                    problem("flow node %s has no BPMNShape", node.getId());
                    continue;
                }
                Box box = box(node.getId(), shape.getBounds());
                if (box != null) {
                    if (box.width() <= 0 || box.height() <= 0) {
                        problem("shape of %s has no area: %s", node.getId(), box);
                    }
                    shapes.put(node.getId(), box);
                }
            }
        }

        private void checkShapesApart() {
            List<Box> all = new ArrayList<>(shapes.values());
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    if (all.get(i).overlaps(all.get(j))) {
                        problem("shapes overlap: %s and %s", all.get(i), all.get(j));
                    }
                }
            }
        }

        private void checkLabels(Map<String, BpmnShape> shapeElements, Map<String, BpmnEdge> edgeElements,
                List<SequenceFlow> flows, List<FlowNode> nodes) {
            for (SequenceFlow flow : flows) {
                BpmnEdge edge = edgeElements.get(flow.getId());
                if (edge != null) {
                    readLabel(flow, edge.getBpmnLabel());
                }
            }
            for (FlowNode node : nodes) {
                BpmnShape shape = shapeElements.get(node.getId());
                if (shape != null && !(node instanceof Activity)) {
                    readLabel(node, shape.getBpmnLabel());
                }
            }
            for (int i = 0; i < labels.size(); i++) {
                Box label = labels.get(i);
                for (Box shape : shapes.values()) {
                    if (label.overlaps(shape)) {
                        problem("label covers a shape: %s over %s", label, shape);
                    }
                }
                for (int j = i + 1; j < labels.size(); j++) {
                    if (label.overlaps(labels.get(j))) {
                        problem("labels overlap: %s and %s", label, labels.get(j));
                    }
                }
            }
        }

        private void readLabel(BaseElement element, BpmnLabel label) {
            String name = element.getAttributeValue("name");
            boolean named = name != null && !name.isBlank();
            boolean labelled = label != null && label.getBounds() != null;
            if (named && !labelled && (element instanceof SequenceFlow || element instanceof EndEvent)) {
                problem("%s is named \"%s\" but has no BPMNLabel with bounds", element.getId(), name);
            }
            if (labelled) {
                Box box = box("label of " + element.getId(), label.getBounds());
                if (box != null) {
                    labels.add(box);
                }
            }
        }

        private void checkRoute(SequenceFlow flow, BpmnEdge edge) {
            String id = flow.getId();
            List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
            if (points.size() < 2) {
                problem("sequence flow %s has %d waypoints, needs at least 2", id, points.size());
                return;
            }
            for (Waypoint p : points) {
                whole(id + " waypoint", p.getX());
                whole(id + " waypoint", p.getY());
            }
            for (int i = 1; i < points.size(); i++) {
                double ax = points.get(i - 1).getX();
                double ay = points.get(i - 1).getY();
                double bx = points.get(i).getX();
                double by = points.get(i).getY();
                boolean sameX = ax == bx;
                boolean sameY = ay == by;
                if (sameX == sameY) {
                    problem("sequence flow %s: segment %d (%s,%s)->(%s,%s) is %s", id, i, ax, ay, bx, by,
                            sameX ? "of zero length" : "diagonal");
                    continue;
                }
                for (Box shape : shapes.values()) {
                    if (shape.crossedBy(ax, ay, bx, by)) {
                        problem("sequence flow %s: segment %d (%s,%s)->(%s,%s) passes through %s", id, i,
                                ax, ay, bx, by, shape);
                    }
                }
            }
            endsOnBorder(id, "first", points.get(0), flow.getSource());
            endsOnBorder(id, "last", points.get(points.size() - 1), flow.getTarget());
            labelBesideRoute(id, edge, points);
        }

        /** A label far from its own edge reads as another edge's. */
        private void labelBesideRoute(String flowId, BpmnEdge edge, List<Waypoint> points) {
            BpmnLabel label = edge.getBpmnLabel();
            Box box = label == null || label.getBounds() == null ? null : box("label of " + flowId, label.getBounds());
            if (box == null) {
                return;
            }
            double nearest = Double.MAX_VALUE;
            for (int i = 1; i < points.size(); i++) {
                nearest = Math.min(nearest, box.distanceTo(points.get(i - 1).getX(), points.get(i - 1).getY(),
                        points.get(i).getX(), points.get(i).getY()));
            }
            if (nearest > LABEL_REACH) {
                problem("label %s is %.0f px from its sequence flow's route", box, nearest);
            }
        }

        private void endsOnBorder(String flowId, String which, Waypoint point, FlowNode node) {
            Box shape = node == null ? null : shapes.get(node.getId());
            if (shape != null && !shape.onBorder(point.getX(), point.getY())) {
                problem("sequence flow %s: %s waypoint (%s,%s) is not on the border of %s", flowId, which,
                        point.getX(), point.getY(), shape);
            }
        }

        /**
         * Left to right: the start event lies left of every shape it reaches, and a flow from there into a
         * node that has no other way in (a step's own gateway, say) points right. Such a flow can never close
         * a loop, so any layered layout must draw it forwards.
         */
        private void checkLeftToRight(List<FlowNode> nodes, List<SequenceFlow> flows) {
            // read from the flows' sourceRef/targetRef: a model need not list <incoming>/<outgoing>
            Map<String, List<String>> successors = new LinkedHashMap<>();
            Map<String, Integer> waysIn = new LinkedHashMap<>();
            for (SequenceFlow flow : flows) {
                successors.computeIfAbsent(flow.getSource().getId(), k -> new ArrayList<>())
                        .add(flow.getTarget().getId());
                waysIn.merge(flow.getTarget().getId(), 1, Integer::sum);
            }
            Set<String> fromStart = new HashSet<>();
            for (FlowNode node : nodes) {
                Box start = shapes.get(node.getId());
                if (!(node instanceof StartEvent) || start == null) {
                    continue;
                }
                for (String reached : reachable(node.getId(), successors)) {
                    fromStart.add(reached);
                    Box shape = shapes.get(reached);
                    if (!reached.equals(node.getId()) && shape != null && shape.x() < start.maxX()) {
                        problem("start event %s is not left of %s", start, shape);
                    }
                }
            }
            for (SequenceFlow flow : flows) {
                Box source = shapes.get(flow.getSource().getId());
                Box target = shapes.get(flow.getTarget().getId());
                boolean onlyWayIn = waysIn.get(flow.getTarget().getId()) == 1;
                if (onlyWayIn && fromStart.contains(flow.getSource().getId()) && source != null && target != null
                        && flow.getSource() != flow.getTarget() && target.x() < source.maxX()) {
                    problem("sequence flow %s, the only way into %s, does not point right: %s -> %s",
                            flow.getId(), flow.getTarget().getId(), source, target);
                }
            }
        }

        private static Set<String> reachable(String from, Map<String, List<String>> successors) {
            Set<String> seen = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(from));
            while (!todo.isEmpty()) {
                String id = todo.pop();
                if (seen.add(id)) {
                    successors.getOrDefault(id, List.of()).forEach(todo::push);
                }
            }
            return seen;
        }

        private Box box(String owner, Bounds bounds) {
            if (bounds == null) {
                problem("%s has no bounds", owner);
                return null;
            }
            Box box = new Box(owner, bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
            whole(owner, box.x());
            whole(owner, box.y());
            whole(owner, box.width());
            whole(owner, box.height());
            if (box.x() < 0 || box.y() < 0) {
                problem("%s has negative coordinates: %s", owner, box);
            }
            return box;
        }

        private void whole(String owner, double value) {
            if (value != Math.rint(value)) {
                problem("%s has a coordinate that is not a whole number: %s", owner, value);
            }
        }

        private void problem(String format, Object... args) {
            problems.add("[" + process.getId() + "] " + String.format(format, args));
        }
    }
}
