package org.echoer.plugin.engine.parse;

import org.echoer.plugin.step.StepWork;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ConstantValueProvider;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.echoer.plugin.engine.parse.StepDefinitions;

/**
 * Gives echoer's steps the lock-on-create behaviour: every external task that carries the step properties,
 * in a generated process or in one drawn by hand. Other external tasks are left to their own workers.
 */
public final class LockOnCreateParseListener extends AbstractBpmnParseListener {

    private final String workerId;
    private final long leaseMillis;
    private final Consumer<StepWork> afterCommit;

    public LockOnCreateParseListener(String workerId, long leaseMillis, Consumer<StepWork> afterCommit) {
        this.workerId = workerId;
        this.leaseMillis = leaseMillis;
        this.afterCommit = afterCommit;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        for (ActivityImpl activity : definition.getActivities()) {
            if (activity.getActivityBehavior() instanceof ExternalTaskActivityBehavior external && StepDefinitions.isStep(activity)) {
                String topic = topicOf(processElement, activity.getId());
                if (isConstant(topic)) { // a topic computed per run stays with Camunda's behaviour; the sweep finds the step
                    activity.setActivityBehavior(new LockOnCreateBehavior(new ConstantValueProvider(topic),
                            external.getPriorityValueProvider(), workerId, leaseMillis, afterCommit));
                }
            }
        }
    }

    private static boolean isConstant(String topic) {
        return topic != null && !topic.contains("${") && !topic.contains("#{");
    }

    private static String topicOf(Element processElement, String activityId) {
        for (Element element : processElement.elements()) {
            if (activityId.equals(element.attribute("id"))) {
                return element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "topic");
            }
        }
        throw new IllegalStateException("no service task " + activityId);
    }
}
