package org.echoer.plugin.engine.parse;

import org.echoer.plugin.engine.parse.GeneratedBpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.BpmnParseFactory;

/** Gives the engine {@link GeneratedBpmnParse}s: echoer's own deployments skip the XML Schema check. */
public final class GeneratedBpmnParseFactory implements BpmnParseFactory {

    /** The source of every deployment echoer makes: their BPMN is read without the schema check. */
    public static final String ECHOER_SOURCE = "echoer";

    @Override
    public BpmnParse createBpmnParse(BpmnParser parser) {
        return new GeneratedBpmnParse(parser);
    }
}
