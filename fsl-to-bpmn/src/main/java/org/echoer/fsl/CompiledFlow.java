package org.echoer.fsl;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.echoer.fsl.ast.FlowDecl;

/** One flow or flow run of a document, translated to a BPMN process with its diagram. */
public record CompiledFlow(FlowDecl flow, String processId, BpmnModelInstance model) {

    public String name() {
        return flow.name().value();
    }

    /** The BPMN 2.0 XML of the process and its diagram. */
    public String bpmnXml() {
        return Bpmn.convertToString(model);
    }
}
