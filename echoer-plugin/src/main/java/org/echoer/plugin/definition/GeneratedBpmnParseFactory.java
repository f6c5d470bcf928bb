package org.echoer.plugin.definition;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.BpmnParseFactory;

/** Gives the engine {@link GeneratedBpmnParse}s: echoer's own deployments skip the XML Schema check. */
public final class GeneratedBpmnParseFactory implements BpmnParseFactory {

    @Override
    public BpmnParse createBpmnParse(BpmnParser parser) {
        return new GeneratedBpmnParse(parser);
    }
}
