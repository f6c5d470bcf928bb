package org.echoer.fsl.layout;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ATTRIBUTE_ID;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ATTRIBUTE_NAME;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ATTRIBUTE_SOURCE_REF;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ATTRIBUTE_TARGET_REF;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.Model;
import org.camunda.bpm.model.xml.type.ModelElementType;
import org.echoer.fsl.dom.ModelDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns a process's flow nodes and sequence flows into a graph to lay out, in document order.
 *
 * <p>Reads the process's W3C elements and asks the model only what type each element name stands for.
 * Through the model API, every child of a big process would be wrapped and type-checked again on each
 * pass, and each attribute's namespace looked up: a tenth of a big compile.
 */
final class ProcessGraphReader {

    LayoutGraph read(Process process) {
        Element processElement = new ModelDocument(process.getModelInstance()).byId(process.getId());
        ElementKinds kinds = new ElementKinds(process.getModelInstance().getModel());
        List<LayoutNode> nodes = new ArrayList<>();
        List<Element> flows = new ArrayList<>();
        for (Node child = processElement.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element)) {
                continue;
            }
            Class<?> type = kinds.of(element);
            if (FlowNode.class.isAssignableFrom(type)) {
                ShapeSize size = ShapeSize.of(type);
                nodes.add(new LayoutNode(element.getAttribute(BPMN_ATTRIBUTE_ID), size.width(), size.height(),
                        Activity.class.isAssignableFrom(type) ? Optional.empty() : name(element),
                        Gateway.class.isAssignableFrom(type)));
            } else if (SequenceFlow.class.isAssignableFrom(type)) {
                flows.add(element);
            }
        }
        Set<String> ids = new HashSet<>();
        nodes.forEach(node -> ids.add(node.id()));
        List<LayoutEdge> edges = new ArrayList<>();
        for (Element flow : flows) {
            String source = flow.getAttribute(BPMN_ATTRIBUTE_SOURCE_REF);
            String target = flow.getAttribute(BPMN_ATTRIBUTE_TARGET_REF);
            String id = flow.getAttribute(BPMN_ATTRIBUTE_ID);
            if (!ids.contains(source) || !ids.contains(target)) {
                throw new IllegalArgumentException("sequence flow " + id + " of process " + process.getId()
                        + " connects an element outside the process");
            }
            edges.add(new LayoutEdge(id, source, target, name(flow)));
        }
        return new LayoutGraph(nodes, edges);
    }

    /** Activities show their name inside; events and gateways below, as in Camunda Modeler. */
    private static Optional<String> name(Element element) {
        String name = element.getAttribute(BPMN_ATTRIBUTE_NAME);
        return name.isBlank() ? Optional.empty() : Optional.of(name.strip());
    }

    /** The model's type for each element name, looked up once per name. */
    private record ElementKinds(Model model, Map<String, Class<?>> byName) {

        ElementKinds(Model model) {
            this(model, new HashMap<>());
        }

        Class<?> of(Element element) {
            return byName.computeIfAbsent(element.getNamespaceURI() + ' ' + element.getLocalName(), key -> {
                ModelElementType type = model.getTypeForName(element.getNamespaceURI(), element.getLocalName());
                return type == null ? Void.class : type.getInstanceType();
            });
        }
    }
}
