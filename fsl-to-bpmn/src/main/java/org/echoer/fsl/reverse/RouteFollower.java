package org.echoer.fsl.reverse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.echoer.fsl.ast.Transition;
import org.echoer.fsl.bpmn.AckStateCondition;

/**
 * Follows the flows out of the start event and out of each step's task, through exclusive and merge
 * gateways, to where they lead: which step (or done) each ackState goes to. A way out that a transition
 * cannot say is a problem naming its element.
 */
final class RouteFollower {

    private final OutgoingFlows outgoing;
    private final Map<ServiceTask, TaskStep> steps;
    private final List<BpmnProblem> problems;

    RouteFollower(OutgoingFlows outgoing, Map<ServiceTask, TaskStep> steps, List<BpmnProblem> problems) {
        this.outgoing = outgoing;
        this.steps = steps;
        this.problems = problems;
    }

    /** The name of the step the start event leads to; "" after a problem. */
    String firstStep(StartEvent start) {
        List<SequenceFlow> out = outgoing.from(start);
        if (out.size() != 1 || out.get(0).getConditionExpression() != null) {
            problem(start.getId(), "has " + out.size() + " ways out; the start event leads, unconditionally, to the first step");
            return "";
        }
        String first = target(out.get(0).getTarget(), new HashSet<>());
        if (first != null && Transition.isDone(first) && !(out.get(0).getTarget() instanceof ServiceTask)) {
            problem(start.getId(), "leads straight to an end event: a flow starts with a step");
        }
        return first == null ? "" : first;
    }

    /** The ways out of a step's task: conditional flows, or one flow to a gateway that routes, or none. */
    Routes routesOut(ServiceTask task) {
        List<SequenceFlow> out = outgoing.from(task);
        if (out.isEmpty()) {
            return Routes.endsWhatever();
        }
        if (out.stream().allMatch(flow -> flow.getConditionExpression() != null)) {
            List<Route> routes = new ArrayList<>();
            out.forEach(flow -> route(flow).ifPresent(routes::add));
            return checked(task, Routes.of(routes));
        }
        if (out.size() > 1) {
            problem(task.getId(), "has " + out.size() + " ways out, not all of them conditions on ackState: "
                    + "a task with several unconditional ways out runs them in parallel");
            return Routes.of(List.of());
        }
        if (task.getDefault() != null) {
            problem(out.get(0).getId(), "is a default flow: a step goes on only for the states it names");
        }
        return checked(task, decide(out.get(0).getTarget(), new HashSet<>()));
    }

    /** A state picks one way: a second route on it is a problem. */
    private Routes checked(ServiceTask task, Routes routes) {
        Set<String> seen = new HashSet<>();
        for (Route route : routes.routes()) {
            if (!seen.add(route.state())) {
                problem(route.flowId(), "is a second way out of task " + task.getId() + " on state '" + route.state() + "'");
            }
        }
        return routes;
    }

    /** Where one unconditional flow out of a task leads: a gateway that routes on the state, or one place for every state. */
    private Routes decide(FlowNode node, Set<String> visited) {
        if (node instanceof EndEvent) {
            return Routes.endsWhatever();
        }
        if (node instanceof ServiceTask task) {
            return Routes.everyStateTo(steps.get(task).name());
        }
        if (!(node instanceof ExclusiveGateway gateway) || !visited.add(gateway.getId())) {
            problem(node.getId(), "is reached again through gateways alone: every loop goes through a step");
            return Routes.of(List.of());
        }
        List<SequenceFlow> out = outgoing.from(gateway);
        if (out.isEmpty()) {
            problem(gateway.getId(), "leads nowhere");
            return Routes.of(List.of());
        }
        if (out.size() == 1 && out.get(0).getConditionExpression() == null) {
            SequenceFlow only = out.get(0);
            String label = only.getName() == null ? "" : only.getName().strip();
            if (label.isEmpty()) {
                return decide(only.getTarget(), visited); // a merge gateway on the way
            }
            // Camunda refuses a condition on a gateway's only way out, so the one state the step goes on is its label
            String target = target(only.getTarget(), new HashSet<>());
            return Routes.of(target == null ? List.of() : List.of(new Route(label, target, only.getId())));
        }
        if (gateway.getDefault() != null) {
            problem(gateway.getDefault().getId(), "is a default flow: a step goes on only for the states it names");
        }
        List<Route> routes = new ArrayList<>();
        out.forEach(flow -> route(flow).ifPresent(routes::add));
        return Routes.of(routes);
    }

    /** A conditional flow: its state from the condition, its target through any merge gateways. */
    private Optional<Route> route(SequenceFlow flow) {
        ConditionExpression condition = flow.getConditionExpression();
        if (condition == null) {
            problem(flow.getId(), "has no condition; every way out of a step's gateway is ${ackState == 'STATE'}");
            return Optional.empty();
        }
        String text = condition.getTextContent() == null ? "" : condition.getTextContent();
        Optional<String> state = AckStateCondition.state(text);
        if (state.isEmpty()) {
            problem(flow.getId(), "has the condition " + text.strip() + ", not ${ackState == 'STATE'}: "
                    + "echoer routes only on the state the action reported");
            return Optional.empty();
        }
        String target = target(flow.getTarget(), new HashSet<>());
        return target == null ? Optional.empty() : Optional.of(new Route(state.get(), target, flow.getId()));
    }

    /** The step (or done) a route ends at, through merge gateways; null after a problem. */
    private String target(FlowNode node, Set<String> visited) {
        if (node instanceof EndEvent) {
            return Transition.DONE;
        }
        if (node instanceof ServiceTask task && steps.containsKey(task)) {
            return steps.get(task).name();
        }
        if (node instanceof ExclusiveGateway gateway && visited.add(gateway.getId())) {
            List<SequenceFlow> out = outgoing.from(gateway);
            if (out.size() == 1 && out.get(0).getConditionExpression() == null) {
                return target(out.get(0).getTarget(), visited);
            }
            problem(gateway.getId(), "decides again after a step's state was routed: each step has one decision, "
                    + "made on its own state (a merge gateway has one unconditional way out)");
            return null;
        }
        problem(node.getId(), "cannot be where a step's way out leads");
        return null;
    }

    private void problem(String elementId, String message) {
        problems.add(new BpmnProblem(elementId, message));
    }
}
