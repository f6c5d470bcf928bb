package org.echoer.bench.baseline;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echoer.fsl.bpmn.ExtensionProperties;

/**
 * A service task's {@code camunda:property} entries as echoer's compiler writes them: the step, the
 * action's addresses and declared states, and the step's arguments.
 */
public record StepProperties(Map<String, String> properties) {

    public StepProperties {
        properties = Map.copyOf(properties);
    }

    public String stepName() {
        return properties.get(ExtensionProperties.STEP);
    }

    /** The action's addresses, tried in order. */
    public List<String> addresses() {
        return split(properties.get(ExtensionProperties.ADDR));
    }

    /** The action's states in declared order; the first is the happy path's. */
    public List<String> declaredStates() {
        return split(properties.get(ExtensionProperties.STATES));
    }

    /** The argument values written in the FSL, {@code int} parameters as numbers, the rest as text. */
    public Map<String, Object> arguments() {
        Map<String, String> types = new LinkedHashMap<>();
        for (String parameter : split(properties.get(ExtensionProperties.PARAMS))) {
            String[] typeAndName = parameter.split(" ", 2);
            types.put(typeAndName[1], typeAndName[0]);
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        properties.forEach((name, value) -> {
            if (name.startsWith(ExtensionProperties.ARG_PREFIX)) {
                String argument = name.substring(ExtensionProperties.ARG_PREFIX.length());
                arguments.put(argument, "int".equals(types.get(argument)) ? (Object) Long.valueOf(value) : value);
            }
        });
        return arguments;
    }

    private static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).toList();
    }
}
