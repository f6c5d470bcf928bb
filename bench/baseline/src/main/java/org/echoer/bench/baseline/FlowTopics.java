package org.echoer.bench.baseline;

import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;

/** The external task topics of a process: what a worker must subscribe to so every step is worked. */
public final class FlowTopics {

    private FlowTopics() {
    }

    public static List<String> of(BpmnModelInstance model) {
        return model.getModelElementsByType(ServiceTask.class).stream()
                .map(ServiceTask::getCamundaTopic)
                .filter(topic -> topic != null && !topic.isBlank())
                .distinct()
                .sorted()
                .toList();
    }
}
