package org.echoer.fsl.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * Writes a {@link DiagramLayout} into a model as BPMN DI: one BPMNDiagram with one BPMNPlane per process,
 * a BPMNShape per flow node and a BPMNEdge per sequence flow. A diagram the process already had is
 * replaced, so laying out twice gives the same file.
 */
final class BpmnDiWriter {

    void write(BpmnModelInstance model, Process process, DiagramLayout layout) {
        Definitions definitions = model.getDefinitions();
        removeDiagramsOf(definitions, process);
        BpmnDiagram diagram = model.newInstance(BpmnDiagram.class, freeId(model, "BPMNDiagram_" + process.getId()));
        BpmnPlane plane = model.newInstance(BpmnPlane.class, freeId(model, "BPMNPlane_" + process.getId()));
        plane.setBpmnElement(process);
        diagram.setBpmnPlane(plane);
        definitions.getBpmDiagrams().add(diagram);
        // appended at DOM level: the model API's add() looks for the insertion point among all earlier
        // children, which makes a plane of thousands of elements quadratic; a plane holds nothing else
        DomElement planeElement = plane.getDomElement();
        Map<String, FlowElement> elements = new HashMap<>();
        process.getFlowElements().forEach(element -> elements.put(element.getId(), element));
        for (Map.Entry<String, NodeGeometry> node : layout.nodes().entrySet()) {
            BaseElement element = element(elements, node.getKey());
            planeElement.appendChild(shape(model, element, node.getValue()).getDomElement());
        }
        for (Map.Entry<String, EdgeGeometry> edge : layout.edges().entrySet()) {
            BaseElement element = element(elements, edge.getKey());
            planeElement.appendChild(edge(model, element, edge.getValue()).getDomElement());
        }
    }

    /**
     * Removed at DOM level too: the model API would look for references to every element of the old
     * diagram throughout the model, quadratic for big diagrams; nothing refers to DI elements.
     */
    private static void removeDiagramsOf(Definitions definitions, Process process) {
        List<BpmnDiagram> stale = new ArrayList<>();
        for (BpmnDiagram diagram : definitions.getBpmDiagrams()) {
            BpmnPlane plane = diagram.getBpmnPlane();
            if (plane != null && plane.getBpmnElement() == process) {
                stale.add(diagram);
            }
        }
        stale.forEach(diagram -> definitions.getDomElement().removeChild(diagram.getDomElement()));
    }

    private static BpmnShape shape(BpmnModelInstance model, BaseElement element, NodeGeometry geometry) {
        BpmnShape shape = model.newInstance(BpmnShape.class, freeId(model, element.getId() + "_di"));
        shape.setBpmnElement(element);
        if (element instanceof Gateway) {
            shape.setMarkerVisible(true);
        }
        shape.setBounds(bounds(model, geometry.shape()));
        geometry.label().ifPresent(label -> shape.setBpmnLabel(label(model, label)));
        return shape;
    }

    private static BpmnEdge edge(BpmnModelInstance model, BaseElement element, EdgeGeometry geometry) {
        BpmnEdge edge = model.newInstance(BpmnEdge.class, freeId(model, element.getId() + "_di"));
        edge.setBpmnElement(element);
        for (Point point : geometry.waypoints()) {
            Waypoint waypoint = model.newInstance(Waypoint.class);
            waypoint.setX(point.x());
            waypoint.setY(point.y());
            edge.getWaypoints().add(waypoint);
        }
        geometry.label().ifPresent(label -> edge.setBpmnLabel(label(model, label)));
        return edge;
    }

    private static BpmnLabel label(BpmnModelInstance model, Rect rect) {
        BpmnLabel label = model.newInstance(BpmnLabel.class);
        // the model API gives it a random id; labels need none, and a random one makes every file differ.
        // Removed in the DOM: the model API would search the whole model for references to it.
        label.getDomElement().removeAttribute("id");
        label.setBounds(bounds(model, rect));
        return label;
    }

    private static Bounds bounds(BpmnModelInstance model, Rect rect) {
        Bounds bounds = model.newInstance(Bounds.class);
        bounds.setX(rect.x());
        bounds.setY(rect.y());
        bounds.setWidth(rect.width());
        bounds.setHeight(rect.height());
        return bounds;
    }

    /** Looked up in the process's own map: the model's id index is slow for thousands of lookups. */
    private static BaseElement element(Map<String, FlowElement> elements, String id) {
        BaseElement element = elements.get(id);
        if (element == null) {
            throw new IllegalStateException("no flow element with id " + id);
        }
        return element;
    }

    /** The wanted id, or one with a number appended when the model already uses it. */
    private static String freeId(BpmnModelInstance model, String wanted) {
        String id = wanted;
        for (int i = 2; model.getModelElementById(id) != null; i++) {
            id = wanted + "_" + i;
        }
        return id;
    }
}
