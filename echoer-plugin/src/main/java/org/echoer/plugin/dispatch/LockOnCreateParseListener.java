package org.echoer.plugin.dispatch;

import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ConstantValueProvider;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.echoer.fsl.bpmn.ExtensionProperties;

/** Gives the steps of echoer's processes (and only those: camunda:versionTag "echoer") the lock-on-create behaviour. */
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
        if (!ExtensionProperties.VERSION_TAG.equals(definition.getVersionTag())) {
            return;
        }
        for (ActivityImpl activity : definition.getActivities()) {
            if (activity.getActivityBehavior() instanceof ExternalTaskActivityBehavior external) {
                String topic = topicOf(processElement, activity.getId());
                activity.setActivityBehavior(new LockOnCreateBehavior(new ConstantValueProvider(topic),
                        external.getPriorityValueProvider(), workerId, leaseMillis, afterCommit));
            }
        }
    }

    private static String topicOf(Element processElement, String activityId) {
        for (Element element : processElement.elements("serviceTask")) {
            if (activityId.equals(element.attribute("id"))) {
                return element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "topic");
            }
        }
        throw new IllegalStateException("no service task " + activityId);
    }
}
