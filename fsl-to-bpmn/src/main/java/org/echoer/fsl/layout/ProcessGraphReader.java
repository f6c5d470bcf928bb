package org.echoer.fsl.layout;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ATTRIBUTE_SOURCE_REF;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ATTRIBUTE_TARGET_REF;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/** Turns a process's flow nodes and sequence flows into a graph to lay out, in document order. */
final class ProcessGraphReader {

    LayoutGraph read(Process process) {
        List<LayoutNode> nodes = new ArrayList<>();
        List<SequenceFlow> flows = new ArrayList<>();
        for (FlowElement element : process.getFlowElements()) {
            if (element instanceof FlowNode node) {
                ShapeSize size = ShapeSize.of(node);
                nodes.add(new LayoutNode(node.getId(), size.width(), size.height(), outsideLabel(node),
                        node instanceof Gateway));
            } else if (element instanceof SequenceFlow flow) {
                flows.add(flow);
            }
        }
        Set<String> ids = new HashSet<>();
        nodes.forEach(node -> ids.add(node.id()));
        List<LayoutEdge> edges = new ArrayList<>();
        for (SequenceFlow flow : flows) {
            // the ids as written: getSource() and getTarget() would look each element up in the document
            String source = flow.getAttributeValue(BPMN_ATTRIBUTE_SOURCE_REF);
            String target = flow.getAttributeValue(BPMN_ATTRIBUTE_TARGET_REF);
            if (!ids.contains(source) || !ids.contains(target)) {
                throw new IllegalArgumentException("sequence flow " + flow.getId() + " of process "
                        + process.getId() + " connects an element outside the process");
            }
            edges.add(new LayoutEdge(flow.getId(), source, target, text(flow.getName())));
        }
        return new LayoutGraph(nodes, edges);
    }

    /** Activities show their name inside; events and gateways below, as in Camunda Modeler. */
    private static Optional<String> outsideLabel(FlowNode node) {
        return node instanceof Activity ? Optional.empty() : text(node.getName());
    }

    private static Optional<String> text(String name) {
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
    }
}
