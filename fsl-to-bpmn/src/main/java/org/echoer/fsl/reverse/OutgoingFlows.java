package org.echoer.fsl.reverse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * The sequence flows out of each node, in written order, indexed by the flows' sourceRef: a file need not
 * list a node's outgoing flows in the node.
 */
final class OutgoingFlows {

    private final Map<String, List<SequenceFlow>> bySourceId = new LinkedHashMap<>();

    /** Indexes the element if it is a flow with a source; any other element is left alone. */
    void add(FlowElement element) {
        if (element instanceof SequenceFlow flow && flow.getSource() != null) {
            bySourceId.computeIfAbsent(flow.getSource().getId(), id -> new ArrayList<>()).add(flow);
        }
    }

    List<SequenceFlow> from(FlowNode node) {
        return bySourceId.getOrDefault(node.getId(), List.of());
    }
}
