package org.echoer.plugin.engine.parse;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.util.xml.ParseHandler;
import org.xml.sax.SAXException;

/**
 * Camunda's BPMN parse, except that the BPMN that echoer generated and deployed itself (deployment source
 * {@value GeneratedBpmnParseFactory#ECHOER_SOURCE}) is read without the check against the BPMN XML Schema. That check was
 * the largest single cost of a {@code flow_run} under load (docs/benchmarks.md, a step's profile)
 * and proves nothing new for these files: they come from the BPMN model API, and the generator's tests
 * validate what it writes. Every other deployment (Cockpit, {@code /engine-rest}) is parsed as Camunda
 * parses it, schema and all. Everything after reading the XML, Camunda's own checks included, is unchanged.
 */
final class GeneratedBpmnParse extends BpmnParse {

    /** A factory per thread: SAXParserFactory is not thread-safe, and looking one up is not cheap. */
    private static final ThreadLocal<SAXParserFactory> FACTORY = ThreadLocal.withInitial(GeneratedBpmnParse::namespaceAwareFactory);

    GeneratedBpmnParse(BpmnParser parser) {
        super(parser);
    }

    @Override
    public BpmnParse execute() {
        if (deployment == null || !GeneratedBpmnParseFactory.ECHOER_SOURCE.equals(deployment.getSource())) {
            return super.execute();
        }
        readXml();
        // from here on exactly what BpmnParse.execute does after reading
        try {
            parseRootElement();
        } catch (BpmnParseException e) {
            addError(e);
        } catch (RuntimeException e) {
            throw new ProcessEngineException("could not parse BPMN process '" + name + "': " + e.getMessage(), e);
        } finally {
            if (hasWarnings()) {
                logWarnings();
            }
            if (hasErrors()) {
                throwExceptionForErrors();
            }
        }
        return this;
    }

    private void readXml() {
        try (InputStream xml = streamSource.getInputStream()) {
            FACTORY.get().newSAXParser().parse(xml, new ParseHandler(this));
        } catch (Exception e) {
            throw new ProcessEngineException("could not read BPMN resource '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Namespace-aware like Camunda's validating parser (its extension attributes need it), no DTDs, no entities. */
    private static SAXParserFactory namespaceAwareFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature("http://xml.org/sax/features/namespace-prefixes", true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a feature echoer needs", e);
        }
        return factory;
    }
}
