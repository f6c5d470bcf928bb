package org.echoer.fsl.layout;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
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
 * Draws a process as a standalone SVG 1.1 document, from its BPMN DI alone (any model with DI will do,
 * laid out by {@link BpmnLayout} or drawn in a modeller). Each flow node is a group with the element id
 * as its id and classes saying what it is ({@code task}, {@code gateway}, {@code event}) and how it is
 * marked ({@code passed}, {@code current}); each sequence flow a {@code flow} group with its polyline and
 * label. Colours live in one CSS block ({@link SvgStyle}).
 *
 * <p>Stateless and safe to use from several threads at once.
 */
public final class SvgRenderer {

    /** Room around the drawing inside the picture. */
    private static final int PADDING = 20;
    private static final int TASK_TEXT_INSET = 6;

    /** The diagram of the model's first process, nothing marked. */
    public String render(BpmnModelInstance model) {
        Process process = model.getModelElementsByType(Process.class).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the model has no process"));
        return render(model, process.getId(), DiagramMarks.none());
    }

    /** The diagram of one process, with the given elements marked as passed or current. */
    public String render(BpmnModelInstance model, String processId, DiagramMarks marks) {
        BpmnPlane plane = planeOf(model, processId);
        List<BpmnShape> shapes = new ArrayList<>();
        List<BpmnEdge> edges = new ArrayList<>();
        for (DiagramElement element : plane.getDiagramElements()) {
            if (element instanceof BpmnShape shape && shape.getBounds() != null) {
                shapes.add(shape);
            } else if (element instanceof BpmnEdge edge && edge.getWaypoints().size() >= 2) {
                edges.add(edge);
            }
        }
        Extent extent = Extent.of(shapes, edges);
        SvgWriter svg = new SvgWriter();
        double x = extent.minX() - PADDING;
        double y = extent.minY() - PADDING;
        double width = extent.maxX() - extent.minX() + 2 * PADDING;
        double height = extent.maxY() - extent.minY() + 2 * PADDING;
        svg.startSvg().attribute("version", "1.1")
                .attribute("width", Math.ceil(width)).attribute("height", Math.ceil(height))
                .attribute("viewBox", SvgWriter.number(x) + " " + SvgWriter.number(y) + " "
                        + SvgWriter.number(Math.ceil(width)) + " " + SvgWriter.number(Math.ceil(height)));
        svg.text("\n");
        writeDefs(svg);
        for (BpmnShape shape : shapes) {
            writeShape(svg, shape, marks);
        }
        for (BpmnEdge edge : edges) {
            writeEdge(svg, edge, marks);
        }
        svg.end();
        return svg.finish();
    }

    private static BpmnPlane planeOf(BpmnModelInstance model, String processId) {
        if (!(model.getModelElementById(processId) instanceof Process process)) {
            throw new IllegalArgumentException("the model has no process " + processId);
        }
        return model.getModelElementsByType(BpmnDiagram.class).stream()
                .map(BpmnDiagram::getBpmnPlane)
                .filter(plane -> plane != null && plane.getBpmnElement() == process)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("process " + processId + " has no diagram"));
    }

    private static void writeDefs(SvgWriter svg) {
        svg.start("style").attribute("type", "text/css").cdata(SvgStyle.CSS).end();
        svg.start("defs").text("\n");
        svg.start("marker").attribute("id", "arrow").attribute("viewBox", "0 0 10 10")
                .attribute("refX", 10).attribute("refY", 5)
                .attribute("markerWidth", 8).attribute("markerHeight", 8)
                .attribute("markerUnits", "userSpaceOnUse").attribute("orient", "auto");
        svg.start("path").attribute("class", "arrowhead").attribute("d", "M0,0 L10,5 L0,10 z").end();
        svg.end();
        svg.end();
    }

    private static void writeShape(SvgWriter svg, BpmnShape shape, DiagramMarks marks) {
        BaseElement element = shape.getBpmnElement();
        if (element == null) {
            return;
        }
        Bounds b = shape.getBounds();
        String name = element.getAttributeValue("name");
        svg.start("g").attribute("id", element.getId()).attribute("class", classes(kind(element), element, marks));
        if (name != null && !name.isBlank()) {
            svg.start("title").text(name).end();
        }
        if (element instanceof Event) {
            double r = Math.min(b.getWidth(), b.getHeight()) / 2;
            svg.start("circle").attribute("cx", b.getX() + b.getWidth() / 2).attribute("cy", b.getY() + b.getHeight() / 2)
                    .attribute("r", r).end();
            writeOutsideLabel(svg, name, shape.getBpmnLabel(), b);
        } else if (element instanceof Gateway) {
            writeGateway(svg, element, shape, b);
            writeOutsideLabel(svg, name, shape.getBpmnLabel(), b);
        } else {
            svg.start("rect").attribute("x", b.getX()).attribute("y", b.getY())
                    .attribute("width", b.getWidth()).attribute("height", b.getHeight())
                    .attribute("rx", 10).attribute("ry", 10).end();
            writeTaskName(svg, name, b);
        }
        svg.end();
    }

    private static void writeGateway(SvgWriter svg, BaseElement element, BpmnShape shape, Bounds b) {
        double cx = b.getX() + b.getWidth() / 2;
        double cy = b.getY() + b.getHeight() / 2;
        svg.start("polygon").attribute("points", points(cx, b.getY(), b.getX() + b.getWidth(), cy,
                cx, b.getY() + b.getHeight(), b.getX(), cy)).end();
        double dx = b.getWidth() * 0.18;
        double dy = b.getHeight() * 0.18;
        if (element instanceof ExclusiveGateway && shape.isMarkerVisible()) {
            svg.start("path").attribute("class", "gateway-marker").attribute("d",
                    "M" + points(cx - dx, cy - dy) + " L" + points(cx + dx, cy + dy)
                            + " M" + points(cx + dx, cy - dy) + " L" + points(cx - dx, cy + dy)).end();
        } else if (element instanceof ParallelGateway) {
            svg.start("path").attribute("class", "gateway-marker").attribute("d",
                    "M" + points(cx, cy - dy * 1.4) + " L" + points(cx, cy + dy * 1.4)
                            + " M" + points(cx - dx * 1.4, cy) + " L" + points(cx + dx * 1.4, cy)).end();
        }
    }

    /** The name centred inside the task, wrapped over as many lines as fit. */
    private static void writeTaskName(SvgWriter svg, String name, Bounds b) {
        if (name == null || name.isBlank()) {
            return;
        }
        int maxLines = Math.max(1, (int) ((b.getHeight() - 2 * TASK_TEXT_INSET) / TextMetrics.LINE_HEIGHT));
        List<String> lines = TextMetrics.wrap(name, (int) (b.getWidth() - 2 * TASK_TEXT_INSET), maxLines);
        double cx = b.getX() + b.getWidth() / 2;
        double firstBaseline = b.getY() + b.getHeight() / 2 - (lines.size() - 1) * TextMetrics.LINE_HEIGHT / 2.0
                + baselineOffset();
        svg.start("text").attribute("class", "name").attribute("x", cx).attribute("y", firstBaseline)
                .attribute("text-anchor", "middle");
        for (int i = 0; i < lines.size(); i++) {
            svg.start("tspan").attribute("x", cx).attribute("dy", i == 0 ? 0 : TextMetrics.LINE_HEIGHT)
                    .text(lines.get(i)).endInline();
        }
        svg.end();
    }

    /** An event's or gateway's name at its label bounds, or just below the shape when it has none. */
    private static void writeOutsideLabel(SvgWriter svg, String name, BpmnLabel label, Bounds shape) {
        if (name == null || name.isBlank()) {
            return;
        }
        Bounds at = label == null ? null : label.getBounds();
        double cx = at == null ? shape.getX() + shape.getWidth() / 2 : at.getX() + at.getWidth() / 2;
        double cy = at == null ? shape.getY() + shape.getHeight() + TextMetrics.LINE_HEIGHT / 2.0 + 4
                : at.getY() + at.getHeight() / 2;
        writeLabel(svg, name.strip(), cx, cy);
    }

    private static void writeEdge(SvgWriter svg, BpmnEdge edge, DiagramMarks marks) {
        BaseElement element = edge.getBpmnElement();
        if (element == null) {
            return;
        }
        svg.start("g").attribute("id", element.getId()).attribute("class", classes("flow", element, marks));
        StringBuilder route = new StringBuilder();
        for (Waypoint point : edge.getWaypoints()) {
            route.append(route.isEmpty() ? "" : " ").append(points(point.getX(), point.getY()));
        }
        svg.start("polyline").attribute("points", route.toString()).attribute("marker-end", "url(#arrow)").end();
        String name = element.getAttributeValue("name");
        if (name != null && !name.isBlank()) {
            BpmnLabel label = edge.getBpmnLabel();
            Bounds at = label == null ? null : label.getBounds();
            if (at != null) {
                writeLabel(svg, name.strip(), at.getX() + at.getWidth() / 2, at.getY() + at.getHeight() / 2);
            } else {
                Waypoint first = edge.getWaypoints().iterator().next();
                writeLabel(svg, name.strip(), first.getX() + TextMetrics.width(name) / 2.0 + 6, first.getY() - 8);
            }
        }
        svg.end();
    }

    private static void writeLabel(SvgWriter svg, String text, double centerX, double centerY) {
        svg.start("text").attribute("class", "label").attribute("x", centerX)
                .attribute("y", centerY + baselineOffset()).attribute("text-anchor", "middle").text(text).end();
    }

    /** From the middle of a line of text to its baseline, for a font without a dominant-baseline. */
    private static double baselineOffset() {
        return TextMetrics.FONT_SIZE * 0.35;
    }

    private static String kind(BaseElement element) {
        if (element instanceof StartEvent) {
            return "event start";
        }
        if (element instanceof EndEvent) {
            return "event end";
        }
        if (element instanceof Event) {
            return "event";
        }
        return element instanceof Gateway ? "gateway" : "task";
    }

    private static String classes(String kind, BaseElement element, DiagramMarks marks) {
        StringBuilder classes = new StringBuilder(kind);
        if (marks.passed(element.getId())) {
            classes.append(" passed");
        }
        if (marks.current(element.getId())) {
            classes.append(" current");
        }
        return classes.toString();
    }

    private static String points(double... coordinates) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < coordinates.length; i += 2) {
            out.append(i == 0 ? "" : " ").append(SvgWriter.number(coordinates[i])).append(',')
                    .append(SvgWriter.number(coordinates[i + 1]));
        }
        return out.toString();
    }

    /** The rectangle the drawing covers: shapes, labels and waypoints. */
    private record Extent(double minX, double minY, double maxX, double maxY) {

        static Extent of(List<BpmnShape> shapes, List<BpmnEdge> edges) {
            Extent extent = new Extent(Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE);
            for (BpmnShape shape : shapes) {
                extent = extent.with(shape.getBounds());
                extent = extent.with(shape.getBpmnLabel() == null ? null : shape.getBpmnLabel().getBounds());
            }
            for (BpmnEdge edge : edges) {
                for (Waypoint p : edge.getWaypoints()) {
                    extent = extent.with(p.getX(), p.getY(), p.getX(), p.getY());
                }
                extent = extent.with(edge.getBpmnLabel() == null ? null : edge.getBpmnLabel().getBounds());
            }
            return extent.minX > extent.maxX ? new Extent(0, 0, 0, 0) : extent;
        }

        Extent with(Bounds b) {
            return b == null ? this : with(b.getX(), b.getY(), b.getX() + b.getWidth(), b.getY() + b.getHeight());
        }

        Extent with(double x1, double y1, double x2, double y2) {
            return new Extent(Math.min(minX, x1), Math.min(minY, y1), Math.max(maxX, x2), Math.max(maxY, y2));
        }
    }
}
