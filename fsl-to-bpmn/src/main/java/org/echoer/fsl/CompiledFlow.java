package org.echoer.fsl;

import java.io.StringWriter;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.DomDocument;
import org.echoer.fsl.ast.FlowDecl;

/** One flow or flow run of a document, translated to a BPMN process with its diagram. */
public record CompiledFlow(FlowDecl flow, String processId, BpmnModelInstance model) {

    /**
     * Found once: {@code TransformerFactory.newInstance()} searches the class path for a provider on every
     * call, which in the application's nested jars cost more than writing the XML.
     */
    private static final TransformerFactory TRANSFORMERS = TransformerFactory.newInstance();

    public String name() {
        return flow.name().value();
    }

    /**
     * The BPMN 2.0 XML of the process and its diagram, exactly as {@code Bpmn.convertToString} writes it
     * (UTF-8, indented by two) but without its schema check: the generator's models are valid by
     * construction (its tests check them), and the check costs more than the writing.
     */
    public String bpmnXml() {
        StringWriter xml = new StringWriter();
        DomDocument document = model.getDocument();
        try {
            Transformer transformer;
            synchronized (TRANSFORMERS) { // a factory need not be thread-safe; its transformers are used by one thread each
                transformer = TRANSFORMERS.newTransformer();
            }
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            synchronized (document) { // as the model API does: its DOM is not safe to read while it changes
                transformer.transform(document.getDomSource(), new StreamResult(xml));
            }
        } catch (TransformerException e) {
            throw new IllegalStateException("could not write the BPMN of '" + name() + "'", e);
        }
        return xml.toString();
    }
}
