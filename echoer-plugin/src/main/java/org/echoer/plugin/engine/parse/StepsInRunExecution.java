package org.echoer.plugin.engine.parse;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.echoer.fsl.bpmn.ExtensionProperties;

/**
 * Runs the steps of echoer's processes in the run's own execution. Camunda makes every external task a
 * scope, which costs a child execution inserted, read back and deleted per step; a step of echoer's has
 * nothing a scope would hold (no boundary events, no input or output mappings, its records are the run's
 * variables). Only processes whose BPMN says so ({@value ExtensionProperties#STEP_EXECUTION} =
 * {@value ExtensionProperties#STEPS_SHARE_RUN_EXECUTION}, written by the generator since) are changed, and
 * in them only the external tasks that are steps: a run that waits in a step of an older definition has its
 * child execution, and stays valid; a process drawn without the property keeps Camunda's scopes.
 */
public final class StepsInRunExecution extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        if (!saysStepsShareTheRunsExecution(processElement)) {
            return;
        }
        // a boundary event needs its activity to be a scope; echoer generates none, BPMN deployed by hand may
        Set<ScopeImpl> withBoundaryEvents = new HashSet<>();
        for (ActivityImpl activity : definition.getActivities()) {
            if (activity.getEventScope() != null && activity.getEventScope() != activity) {
                withBoundaryEvents.add(activity.getEventScope());
            }
        }
        for (ActivityImpl activity : definition.getActivities()) {
            if (activity.getActivityBehavior() instanceof ExternalTaskActivityBehavior && StepDefinitions.isStep(activity)
                    && activity.getIoMapping() == null && !withBoundaryEvents.contains(activity)) {
                activity.setScope(false);
            }
        }
    }

    private static boolean saysStepsShareTheRunsExecution(Element processElement) {
        Element extensions = processElement.element("extensionElements");
        Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return false;
        }
        for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            if (ExtensionProperties.STEP_EXECUTION.equals(property.attribute("name"))) {
                return ExtensionProperties.STEPS_SHARE_RUN_EXECUTION.equals(property.attribute("value"));
            }
        }
        return false;
    }
}
