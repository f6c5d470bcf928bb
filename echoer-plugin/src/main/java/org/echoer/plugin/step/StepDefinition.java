package org.echoer.plugin.step;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One step as the deployed BPMN describes it: everything the dispatcher sends and the callback checks,
 * read from the service task's extension properties and its gateway.
 *
 * @param arguments the argument values written in the FSL, typed (String or Long), in written order
 * @param routedStates the states the step's gateway routes on; empty when any declared state ends the flow
 */
public record StepDefinition(
        String stepName,
        String actionName,
        List<String> addresses,
        String method,
        Optional<String> capem,
        List<String> declaredStates,
        Map<String, String> parameterTypes,
        Map<String, Object> arguments,
        List<String> routedStates) {

    /**
     * The value an action receives for an argument written as {@code text}: an {@code int} parameter's as a
     * number, any other's as a string (so {@code version=12343} for a {@code str version} is sent as "12343").
     */
    public static Object argumentValue(String parameterType, String text) {
        return "int".equals(parameterType) ? (Object) Long.valueOf(text) : text;
    }

    /** Whether a callback may complete this step with {@code state}. */
    public boolean accepts(String state) {
        return routedStates.isEmpty() ? declaredStates.contains(state) : routedStates.contains(state);
    }

    /** The states a callback may report, for error messages. */
    public List<String> acceptedStates() {
        return routedStates.isEmpty() ? declaredStates : routedStates;
    }
}
