package org.echoer.fsl;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.impl.util.IoUtil;
import org.echoer.fsl.ast.FlowDecl;

/** One flow or flow run of a document, translated to a BPMN process with its diagram. */
public record CompiledFlow(FlowDecl flow, String processId, BpmnModelInstance model) {

    public String name() {
        return flow.name().value();
    }

    /**
     * The BPMN 2.0 XML of the process and its diagram. Written without {@code Bpmn.convertToString}'s schema
     * check: the generator's models are valid by construction (its tests check them), and the check costs
     * more than the writing.
     */
    public String bpmnXml() {
        return IoUtil.convertXmlDocumentToString(model.getDocument());
    }
}
