package org.echoer.fsl.layout;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMNDI_ATTRIBUTE_BPMN_ELEMENT;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMNDI_ATTRIBUTE_IS_MARKER_VISIBLE;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMNDI_ELEMENT_BPMN_EDGE;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMNDI_ELEMENT_BPMN_LABEL;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMNDI_ELEMENT_BPMN_SHAPE;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMNDI_NS;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.DC_ATTRIBUTE_HEIGHT;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.DC_ATTRIBUTE_WIDTH;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.DC_ATTRIBUTE_X;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.DC_ATTRIBUTE_Y;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.DC_ELEMENT_BOUNDS;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.DC_NS;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.DI_ELEMENT_WAYPOINT;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.DI_NS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.echoer.fsl.dom.ModelDocument;
import org.w3c.dom.Element;

/**
 * Writes a {@link DiagramLayout} into a model as BPMN DI: one BPMNDiagram with one BPMNPlane per process,
 * a BPMNShape per flow node and a BPMNEdge per sequence flow. A diagram the process already had is
 * replaced, so laying out twice gives the same file.
 *
 * <p>The diagram and its plane are made through the model API; the shapes and edges inside go straight
 * into the model's W3C DOM ({@link ModelDocument}). Made through the model API, each of the thousands of
 * small DI elements of a big flow would be wrapped, type-checked and placed among its siblings one by one.
 */
final class BpmnDiWriter {

    void write(BpmnModelInstance model, Process process, DiagramLayout layout) {
        Definitions definitions = model.getDefinitions();
        removeDiagramsOf(definitions, process);
        Dom dom = new Dom(model);
        BpmnDiagram diagram = model.newInstance(BpmnDiagram.class, dom.freeId("BPMNDiagram_" + process.getId()));
        BpmnPlane plane = model.newInstance(BpmnPlane.class, dom.freeId("BPMNPlane_" + process.getId()));
        plane.setBpmnElement(process);
        diagram.setBpmnPlane(plane);
        definitions.getBpmDiagrams().add(diagram);
        Element planeElement = dom.element(plane.getId());
        for (Map.Entry<String, NodeGeometry> node : layout.nodes().entrySet()) {
            planeElement.appendChild(dom.shape(node.getKey(), node.getValue()));
        }
        for (Map.Entry<String, EdgeGeometry> edge : layout.edges().entrySet()) {
            planeElement.appendChild(dom.edge(edge.getKey(), edge.getValue()));
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

    /** Makes the DI elements of one diagram in the model's W3C document. */
    private static final class Dom {

        private final ModelDocument document;

        Dom(BpmnModelInstance model) {
            this.document = new ModelDocument(model);
        }

        /** The W3C element behind a model element. */
        Element element(String id) {
            Element element = document.byId(id);
            if (element == null) {
                throw new IllegalStateException("no element with id " + id);
            }
            return element;
        }

        Element shape(String elementId, NodeGeometry geometry) {
            Element shape = diElement(BPMNDI_ELEMENT_BPMN_SHAPE, elementId);
            if (element(elementId).getLocalName().endsWith("Gateway")) {
                shape.setAttribute(BPMNDI_ATTRIBUTE_IS_MARKER_VISIBLE, "true");
            }
            shape.appendChild(bounds(geometry.shape()));
            geometry.label().ifPresent(label -> shape.appendChild(label(label)));
            return shape;
        }

        Element edge(String elementId, EdgeGeometry geometry) {
            element(elementId);
            Element edge = diElement(BPMNDI_ELEMENT_BPMN_EDGE, elementId);
            for (Point point : geometry.waypoints()) {
                Element waypoint = document.element(DI_NS, DI_ELEMENT_WAYPOINT);
                waypoint.setAttribute(DC_ATTRIBUTE_X, number(point.x()));
                waypoint.setAttribute(DC_ATTRIBUTE_Y, number(point.y()));
                edge.appendChild(waypoint);
            }
            geometry.label().ifPresent(label -> edge.appendChild(label(label)));
            return edge;
        }

        /** The wanted id, or one with a number appended when the document already uses it. */
        String freeId(String wanted) {
            String id = wanted;
            for (int i = 2; document.byId(id) != null; i++) {
                id = wanted + "_" + i;
            }
            return id;
        }

        /** A shape or edge for a flow element, with an id the document does not use yet. */
        private Element diElement(String localName, String elementId) {
            Element element = document.element(BPMNDI_NS, localName, freeId(elementId + "_di"));
            element.setAttribute(BPMNDI_ATTRIBUTE_BPMN_ELEMENT, elementId);
            return element;
        }

        /** Labels need no id; a generated one would make every file differ. */
        private Element label(Rect rect) {
            Element label = document.element(BPMNDI_NS, BPMNDI_ELEMENT_BPMN_LABEL);
            label.appendChild(bounds(rect));
            return label;
        }

        private Element bounds(Rect rect) {
            Element bounds = document.element(DC_NS, DC_ELEMENT_BOUNDS);
            bounds.setAttribute(DC_ATTRIBUTE_X, number(rect.x()));
            bounds.setAttribute(DC_ATTRIBUTE_Y, number(rect.y()));
            bounds.setAttribute(DC_ATTRIBUTE_WIDTH, number(rect.width()));
            bounds.setAttribute(DC_ATTRIBUTE_HEIGHT, number(rect.height()));
            return bounds;
        }

        /** As the model API writes a double ("120.0"), so a file reads the same whichever way it was made. */
        private static String number(int value) {
            return value + ".0";
        }
    }
}
