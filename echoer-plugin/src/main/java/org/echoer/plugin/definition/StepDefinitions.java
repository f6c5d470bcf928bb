package org.echoer.plugin.definition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.echoer.fsl.bpmn.ExtensionProperties;

/**
 * Reads step definitions out of deployed BPMN. A process definition never changes once deployed, so
 * each step is read once per node and kept.
 */
public final class StepDefinitions {

    private final RepositoryService repository;
    private final Map<String, StepDefinition> byDefinitionAndActivity = new ConcurrentHashMap<>();

    public StepDefinitions(RepositoryService repository) {
        this.repository = repository;
    }

    public StepDefinition get(String processDefinitionId, String activityId) {
        return byDefinitionAndActivity.computeIfAbsent(processDefinitionId + "#" + activityId,
                key -> read(repository.getBpmnModelInstance(processDefinitionId), activityId));
    }

    /** All steps of a process definition, by step name, in the order the FSL wrote them. */
    public Map<String, StepDefinition> steps(String processDefinitionId) {
        BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
        Map<String, StepDefinition> steps = new LinkedHashMap<>();
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            StepDefinition step = get(processDefinitionId, task.getId());
            steps.put(step.stepName(), step);
        }
        return steps;
    }

    /** The activity id of a step, by step name. */
    public Optional<String> activityId(String processDefinitionId, String stepName) {
        BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
        return model.getModelElementsByType(ServiceTask.class).stream()
                .filter(task -> stepName.equals(properties(task).get(ExtensionProperties.STEP)))
                .map(ServiceTask::getId)
                .findFirst();
    }

    static StepDefinition read(BpmnModelInstance model, String activityId) {
        ServiceTask task = model.getModelElementById(activityId);
        if (task == null) {
            throw new IllegalArgumentException("no service task '" + activityId + "' in the process");
        }
        Map<String, String> properties = properties(task);
        Map<String, String> types = new LinkedHashMap<>();
        for (String param : split(properties.get(ExtensionProperties.PARAMS))) {
            String[] typeAndName = param.split(" ", 2);
            types.put(typeAndName[1], typeAndName[0]);
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        properties.forEach((name, value) -> {
            if (name.startsWith(ExtensionProperties.ARG_PREFIX)) {
                String argument = name.substring(ExtensionProperties.ARG_PREFIX.length());
                arguments.put(argument, "int".equals(types.get(argument)) ? (Object) Long.valueOf(value) : value);
            }
        });
        return new StepDefinition(
                properties.get(ExtensionProperties.STEP),
                properties.get(ExtensionProperties.ACTION),
                split(properties.get(ExtensionProperties.ADDR)),
                properties.get(ExtensionProperties.METHOD),
                Optional.ofNullable(properties.get(ExtensionProperties.CAPEM)),
                split(properties.get(ExtensionProperties.STATES)),
                types,
                arguments,
                routedStates(task));
    }

    private static List<String> routedStates(ServiceTask task) {
        List<String> states = new ArrayList<>();
        for (SequenceFlow out : task.getOutgoing()) {
            FlowNode next = out.getTarget();
            if (next instanceof ExclusiveGateway) {
                next.getOutgoing().forEach(route -> states.add(route.getName()));
            }
        }
        return states;
    }

    private static Map<String, String> properties(ServiceTask task) {
        Map<String, String> values = new LinkedHashMap<>();
        if (task.getExtensionElements() == null) {
            return values;
        }
        for (CamundaProperties group : task.getExtensionElements().getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : group.getCamundaProperties()) {
                values.put(property.getCamundaName(), property.getCamundaValue());
            }
        }
        return values;
    }

    private static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).toList();
    }
}
