package org.echoer.fsl.reverse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.echoer.fsl.ast.Method;
import org.echoer.fsl.ast.ParamType;
import org.echoer.fsl.bpmn.ExtensionProperties;

/** What a step's task says through its properties, topic and name. */
record TaskStep(String name, boolean decision, String action, String addr, String method, Optional<String> capem,
        List<String[]> params, List<String> states, Map<String, Object> arguments) {

    static TaskStep read(ServiceTask task, List<BpmnProblem> problems) {
        Map<String, String> properties = TaskProperties.of(task);
        String topic = task.getCamundaTopic();
        String action = properties.getOrDefault(ExtensionProperties.ACTION, topic);
        if (action == null || action.isBlank()) {
            problems.add(new BpmnProblem(task.getId(), "names no action: set " + ExtensionProperties.ACTION
                    + " or camunda:topic (an element template of the action sets both)"));
            action = "";
        } else if (topic != null && !topic.equals(action)) {
            problems.add(new BpmnProblem(task.getId(), "has topic '" + topic + "' but " + ExtensionProperties.ACTION
                    + " '" + action + "': the topic is the action's name"));
        }
        String name = properties.get(ExtensionProperties.STEP);
        if (name == null || name.isBlank()) {
            name = stepNameFromLabel(task, action);
        }
        String addr = properties.getOrDefault(ExtensionProperties.ADDR, "").strip();
        if (addr.isEmpty()) {
            problems.add(new BpmnProblem(task.getId(), "is a step without an address: "
                    + ExtensionProperties.ADDR + " names where its action is called"));
        }
        String method = properties.getOrDefault(ExtensionProperties.METHOD, "http");
        if (Method.parse(method).isEmpty()) {
            problems.add(new BpmnProblem(task.getId(), ExtensionProperties.METHOD + " is '" + method
                    + "'; it is http, https or grpc"));
        }
        List<String[]> params = params(task, properties, problems);
        Map<String, Object> arguments = arguments(task, properties, params, problems);
        boolean decision = "deci".equals(properties.get(ExtensionProperties.STEP_KIND));
        return new TaskStep(name, decision, action, addr, method, Optional.ofNullable(properties.get(ExtensionProperties.CAPEM)),
                params, split(properties.get(ExtensionProperties.STATES)), arguments);
    }

    /** The {@code type name} pairs of echoer.params, in written order; any other entry is a problem. */
    private static List<String[]> params(ServiceTask task, Map<String, String> properties, List<BpmnProblem> problems) {
        List<String[]> params = new ArrayList<>();
        for (String param : split(properties.get(ExtensionProperties.PARAMS))) {
            String[] typeAndName = param.strip().split("\\s+", 2);
            if (typeAndName.length != 2 || ParamType.parse(typeAndName[0]).isEmpty()) {
                problems.add(new BpmnProblem(task.getId(), ExtensionProperties.PARAMS + " has '" + param
                        + "'; each parameter is 'str NAME' or 'int NAME'"));
                continue;
            }
            params.add(typeAndName);
        }
        return params;
    }

    /** The echoer.arg.* values, in written order: a Long where the parameter is int, else the text as written. */
    private static Map<String, Object> arguments(ServiceTask task, Map<String, String> properties, List<String[]> params,
            List<BpmnProblem> problems) {
        Map<String, String> types = new LinkedHashMap<>();
        params.forEach(typeAndName -> types.put(typeAndName[1], typeAndName[0]));
        Map<String, Object> arguments = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(ExtensionProperties.ARG_PREFIX)) {
                String argument = key.substring(ExtensionProperties.ARG_PREFIX.length());
                if ("int".equals(types.get(argument))) {
                    try {
                        arguments.put(argument, Long.valueOf(value.strip()));
                    } catch (NumberFormatException e) {
                        problems.add(new BpmnProblem(task.getId(), "argument " + argument + " is '" + value
                                + "', not the whole number its parameter wants"));
                    }
                } else {
                    arguments.put(argument, value);
                }
            }
        });
        return arguments;
    }

    /** The task's name without the " (ACTION)" the compiler adds to it, else its id. */
    private static String stepNameFromLabel(ServiceTask task, String action) {
        String label = task.getName() == null ? "" : task.getName().strip();
        String suffix = " (" + action + ")";
        if (label.endsWith(suffix) && label.length() > suffix.length()) {
            label = label.substring(0, label.length() - suffix.length()).strip();
        }
        return label.isEmpty() ? task.getId() : label;
    }

    private static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
