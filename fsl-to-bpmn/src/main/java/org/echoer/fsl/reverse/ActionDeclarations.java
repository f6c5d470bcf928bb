package org.echoer.fsl.reverse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.echoer.fsl.bpmn.ExtensionProperties;

/**
 * The actions the step tasks describe, each once, in the order first described. Every task repeats its
 * action's definition, so two tasks that describe one action differently are a problem, as is a route on
 * a state the action does not report.
 */
final class ActionDeclarations {

    private ActionDeclarations() {
    }

    static Map<String, ActionSpec> collect(Map<ServiceTask, TaskStep> steps, Map<ServiceTask, Routes> routes,
            List<BpmnProblem> problems) {
        Map<String, List<String>> routedStates = routedStates(steps, routes);
        Map<String, ActionSpec> actions = new LinkedHashMap<>();
        Map<String, String> describedBy = new LinkedHashMap<>();
        steps.forEach((task, step) -> {
            List<String> routed = routedStates.getOrDefault(step.action(), List.of());
            List<String> states = step.states().isEmpty() ? routed : step.states();
            if (states.isEmpty()) {
                problems.add(new BpmnProblem(task.getId(), "names no states its action '" + step.action() + "' reports ("
                        + ExtensionProperties.STATES + ") and routes on none"));
                return;
            }
            for (Route route : routes.get(task).routes()) {
                if (!states.contains(route.state())) {
                    problems.add(new BpmnProblem(route.flowId(), "routes on state '" + route.state() + "', which the action '"
                            + step.action() + "' of step '" + step.name() + "' does not report (" + ExtensionProperties.STATES
                            + ": " + String.join(",", states) + ")"));
                }
            }
            ActionSpec action = new ActionSpec(step.action(), step.addr(), step.method(), step.capem(), step.params(), states);
            ActionSpec known = actions.putIfAbsent(step.action(), action);
            if (known == null) {
                describedBy.put(step.action(), task.getId());
            } else if (!known.definition().equals(action.definition())) {
                problems.add(new BpmnProblem(task.getId(), "describes action '" + step.action() + "' otherwise than "
                        + describedBy.get(step.action()) + " does: " + action.definition() + " against " + known.definition()));
            }
        });
        return actions;
    }

    /** Each action's states as its steps route on them, first seen first: a drawn task need not name its states. */
    private static Map<String, List<String>> routedStates(Map<ServiceTask, TaskStep> steps, Map<ServiceTask, Routes> routes) {
        Map<String, List<String>> routedStates = new LinkedHashMap<>();
        steps.forEach((task, step) -> routes.get(task).states().forEach(state -> {
            List<String> states = routedStates.computeIfAbsent(step.action(), a -> new ArrayList<>());
            if (!states.contains(state)) {
                states.add(state);
            }
        }));
        return routedStates;
    }
}
