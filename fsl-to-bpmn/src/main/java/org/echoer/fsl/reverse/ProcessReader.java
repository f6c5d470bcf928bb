package org.echoer.fsl.reverse;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.echoer.fsl.ast.FlowKind;
import org.echoer.fsl.ast.Method;
import org.echoer.fsl.ast.ParamType;
import org.echoer.fsl.ast.Transition;
import org.echoer.fsl.bpmn.AckStateCondition;
import org.echoer.fsl.bpmn.ExtensionProperties;

/** Reads one process: its steps from the service tasks, their transitions from the flows out of them. */
final class ProcessReader {

    private static final String SHAPE = "an echoer flow has external service tasks, exclusive gateways, "
            + "one start event and end events";

    private final Process process;
    private final List<BpmnProblem> problems;
    private final int problemsBefore;
    /** By source id, from the flows' sourceRef: a file need not list a node's outgoing flows in the node. */
    private final Map<String, List<SequenceFlow>> outgoing = new LinkedHashMap<>();

    ProcessReader(Process process, List<BpmnProblem> problems) {
        this.process = process;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    Optional<ReversedFlow> read(String source) {
        List<StartEvent> starts = new ArrayList<>();
        List<ServiceTask> tasks = new ArrayList<>();
        for (FlowElement element : process.getFlowElements()) {
            checkFits(element, starts, tasks);
            if (element instanceof SequenceFlow flow && flow.getSource() != null) {
                outgoing.computeIfAbsent(flow.getSource().getId(), id -> new ArrayList<>()).add(flow);
            }
        }
        Map<String, String> processProperties = TaskProperties.of(process);
        FlowKind kind = flowKind(processProperties.get(ExtensionProperties.FLOW_KIND));
        String flowName = processProperties.getOrDefault(ExtensionProperties.FLOW_NAME, process.getId());
        if (starts.size() != 1) {
            problem(process.getId(), "has " + starts.size() + " start events; " + SHAPE);
        }
        if (tasks.isEmpty()) {
            problem(process.getId(), "has no service task: a flow needs at least one step");
        }
        if (problems.size() > problemsBefore) {
            return Optional.empty();
        }
        Map<ServiceTask, TaskStep> steps = new LinkedHashMap<>();
        Set<String> stepNames = new HashSet<>();
        for (ServiceTask task : tasks) {
            TaskStep step = TaskStep.read(task, problems);
            if (!stepNames.add(step.name())) {
                problem(task.getId(), "is a second step named '" + step.name() + "' (echoer.step)");
            }
            steps.put(task, step);
        }
        Map<ServiceTask, Routes> routes = new LinkedHashMap<>();
        steps.forEach((task, step) -> routes.put(task, routesOut(task, steps)));
        String first = firstStep(starts.get(0), steps);
        if (problems.size() > problemsBefore) {
            return Optional.empty();
        }
        Map<String, ActionSpec> actions = actions(steps, routes);
        if (problems.size() > problemsBefore) {
            return Optional.empty();
        }
        List<StepSpec> specs = new ArrayList<>();
        steps.forEach((task, step) -> {
            List<Map.Entry<String, String>> transitions = routes.get(task).transitions(actions.get(step.action()).states());
            StepSpec spec = new StepSpec(step.name(), step.decision(), step.action(), transitions, step.arguments());
            if (step.name().equals(first)) {
                specs.add(0, spec);
            } else {
                specs.add(spec);
            }
        });
        String fsl = FslText.write(source, kind, flowName, List.copyOf(actions.values()), specs);
        return Optional.of(new ReversedFlow(process.getId(), fsl));
    }

    private void checkFits(FlowElement element, List<StartEvent> starts, List<ServiceTask> tasks) {
        if (element instanceof StartEvent start) {
            if (!start.getEventDefinitions().isEmpty()) {
                problem(start.getId(), "is a start event with a trigger; a flow starts with a plain start event");
            }
            starts.add(start);
        } else if (element instanceof EndEvent end) {
            if (!end.getEventDefinitions().isEmpty()) {
                problem(end.getId(), "is an end event with a result; a flow ends with plain end events (done)");
            }
        } else if (element instanceof ServiceTask task) {
            if (!"external".equals(task.getCamundaType())) {
                problem(task.getId(), "is a service task that is not external (camunda:type=\"external\"): "
                        + "echoer's dispatcher calls the action of an external task");
            } else if (task.getLoopCharacteristics() != null) {
                problem(task.getId(), "is a multi-instance task: a step runs once each time the flow reaches it");
            } else {
                tasks.add(task);
            }
        } else if (element instanceof UserTask) {
            problem(element.getId(), "is a user task: " + SHAPE + " (a person's decision is an action that "
                    + "reports a state)");
        } else if (element instanceof ParallelGateway) {
            problem(element.getId(), "is a parallel gateway: an echoer flow runs one step at a time");
        } else if (element instanceof Gateway && !(element instanceof ExclusiveGateway)) {
            problem(element.getId(), "is a " + element.getElementType().getTypeName()
                    + ": a step's state picks exactly one way, through an exclusive gateway");
        } else if (element instanceof Activity || element instanceof Event) {
            problem(element.getId(), "is a " + element.getElementType().getTypeName() + ": " + SHAPE);
        } else if (!(element instanceof ExclusiveGateway) && !(element instanceof SequenceFlow)) {
            problem(element.getId(), "is a " + element.getElementType().getTypeName() + ": " + SHAPE);
        }
    }

    private FlowKind flowKind(String value) {
        if (value == null || value.equals(FlowKind.FLOW.keyword())) {
            return FlowKind.FLOW;
        }
        if (value.equals(FlowKind.FLOW_RUN.keyword())) {
            return FlowKind.FLOW_RUN;
        }
        problem(process.getId(), ExtensionProperties.FLOW_KIND + " is '" + value + "'; it is flow or flow_run");
        return FlowKind.FLOW;
    }

    private String firstStep(StartEvent start, Map<ServiceTask, TaskStep> steps) {
        List<SequenceFlow> out = out(start);
        if (out.size() != 1 || out.get(0).getConditionExpression() != null) {
            problem(start.getId(), "has " + out.size() + " ways out; the start event leads, unconditionally, to the first step");
            return "";
        }
        String first = target(out.get(0).getTarget(), steps, new HashSet<>());
        if (first != null && Transition.isDone(first) && !(out.get(0).getTarget() instanceof ServiceTask)) {
            problem(start.getId(), "leads straight to an end event: a flow starts with a step");
        }
        return first == null ? "" : first;
    }

    /** The actions the tasks describe, each once; tasks that describe one differently are problems. */
    private Map<String, ActionSpec> actions(Map<ServiceTask, TaskStep> steps, Map<ServiceTask, Routes> routes) {
        Map<String, List<String>> routedStates = new LinkedHashMap<>();
        steps.forEach((task, step) -> routes.get(task).states().forEach(state -> {
            List<String> states = routedStates.computeIfAbsent(step.action(), a -> new ArrayList<>());
            if (!states.contains(state)) {
                states.add(state);
            }
        }));
        Map<String, ActionSpec> actions = new LinkedHashMap<>();
        Map<String, String> describedBy = new LinkedHashMap<>();
        steps.forEach((task, step) -> {
            List<String> routed = routedStates.getOrDefault(step.action(), List.of());
            List<String> states = step.states().isEmpty() ? routed : step.states();
            if (states.isEmpty()) {
                problem(task.getId(), "names no states its action '" + step.action() + "' reports ("
                        + ExtensionProperties.STATES + ") and routes on none");
                return;
            }
            for (Route route : routes.get(task).routes()) {
                if (!states.contains(route.state())) {
                    problem(route.flowId(), "routes on state '" + route.state() + "', which the action '" + step.action()
                            + "' of step '" + step.name() + "' does not report (" + ExtensionProperties.STATES + ": "
                            + String.join(",", states) + ")");
                }
            }
            ActionSpec action = new ActionSpec(step.action(), step.addr(), step.method(), step.capem(), step.params(), states);
            ActionSpec known = actions.putIfAbsent(step.action(), action);
            if (known == null) {
                describedBy.put(step.action(), task.getId());
            } else if (!known.definition().equals(action.definition())) {
                problem(task.getId(), "describes action '" + step.action() + "' otherwise than " + describedBy.get(step.action())
                        + " does: " + action.definition() + " against " + known.definition());
            }
        });
        return actions;
    }

    /** The ways out of a step's task: conditional flows, or one flow to a gateway that routes, or none. */
    private Routes routesOut(ServiceTask task, Map<ServiceTask, TaskStep> steps) {
        List<SequenceFlow> out = out(task);
        if (out.isEmpty()) {
            return Routes.endsWhatever();
        }
        if (out.stream().allMatch(flow -> flow.getConditionExpression() != null)) {
            List<Route> routes = new ArrayList<>();
            out.forEach(flow -> route(flow, steps).ifPresent(routes::add));
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
        return checked(task, decide(out.get(0).getTarget(), steps, new HashSet<>()));
    }

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
    private Routes decide(FlowNode node, Map<ServiceTask, TaskStep> steps, Set<String> visited) {
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
        List<SequenceFlow> out = out(gateway);
        if (out.isEmpty()) {
            problem(gateway.getId(), "leads nowhere");
            return Routes.of(List.of());
        }
        if (out.size() == 1 && out.get(0).getConditionExpression() == null) {
            SequenceFlow only = out.get(0);
            String label = only.getName() == null ? "" : only.getName().strip();
            if (label.isEmpty()) {
                return decide(only.getTarget(), steps, visited); // a merge gateway on the way
            }
            String target = target(only.getTarget(), steps, new HashSet<>());
            return Routes.of(target == null ? List.of() : List.of(new Route(label, target, only.getId())));
        }
        if (gateway.getDefault() != null) {
            problem(gateway.getDefault().getId(), "is a default flow: a step goes on only for the states it names");
        }
        List<Route> routes = new ArrayList<>();
        out.forEach(flow -> route(flow, steps).ifPresent(routes::add));
        return Routes.of(routes);
    }

    /** A conditional flow: its state from the condition, its target through any merge gateways. */
    private Optional<Route> route(SequenceFlow flow, Map<ServiceTask, TaskStep> steps) {
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
        String target = target(flow.getTarget(), steps, new HashSet<>());
        return target == null ? Optional.empty() : Optional.of(new Route(state.get(), target, flow.getId()));
    }

    /** The step (or done) a route ends at, through merge gateways; null after a problem. */
    private String target(FlowNode node, Map<ServiceTask, TaskStep> steps, Set<String> visited) {
        if (node instanceof EndEvent) {
            return Transition.DONE;
        }
        if (node instanceof ServiceTask task && steps.containsKey(task)) {
            return steps.get(task).name();
        }
        if (node instanceof ExclusiveGateway gateway && visited.add(gateway.getId())) {
            List<SequenceFlow> out = out(gateway);
            if (out.size() == 1 && out.get(0).getConditionExpression() == null) {
                return target(out.get(0).getTarget(), steps, visited);
            }
            problem(gateway.getId(), "decides again after a step's state was routed: each step has one decision, "
                    + "made on its own state (a merge gateway has one unconditional way out)");
            return null;
        }
        problem(node.getId(), "cannot be where a step's way out leads");
        return null;
    }

    private List<SequenceFlow> out(FlowNode node) {
        return outgoing.getOrDefault(node.getId(), List.of());
    }

    private void problem(String elementId, String message) {
        problems.add(new BpmnProblem(elementId, message));
    }

    /** One way out of a step: on {@code state}, to a step name or done, drawn as flow {@code flowId}. */
    record Route(String state, String target, String flowId) {
    }

    /**
     * A step's ways out: the routes it names, or (one unconditional flow straight to another task) the
     * same target for every state its action reports, or the flow's end whatever the state.
     */
    record Routes(List<Route> routes, String everyStateTarget, boolean endsWhateverState) {

        static Routes of(List<Route> routes) {
            return new Routes(List.copyOf(routes), null, false);
        }

        static Routes everyStateTo(String target) {
            return new Routes(List.of(), target, false);
        }

        static Routes endsWhatever() {
            return new Routes(List.of(), null, true);
        }

        List<String> states() {
            return routes.stream().map(Route::state).toList();
        }

        List<Map.Entry<String, String>> transitions(List<String> declaredStates) {
            if (everyStateTarget != null) {
                return declaredStates.stream().<Map.Entry<String, String>>map(s -> new SimpleEntry<>(s, everyStateTarget)).toList();
            }
            return routes.stream().<Map.Entry<String, String>>map(r -> new SimpleEntry<>(r.state(), r.target())).toList();
        }
    }

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
            List<String[]> params = new ArrayList<>();
            Map<String, String> types = new LinkedHashMap<>();
            for (String param : split(properties.get(ExtensionProperties.PARAMS))) {
                String[] typeAndName = param.strip().split("\\s+", 2);
                if (typeAndName.length != 2 || ParamType.parse(typeAndName[0]).isEmpty()) {
                    problems.add(new BpmnProblem(task.getId(), ExtensionProperties.PARAMS + " has '" + param
                            + "'; each parameter is 'str NAME' or 'int NAME'"));
                    continue;
                }
                params.add(typeAndName);
                types.put(typeAndName[1], typeAndName[0]);
            }
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
            boolean decision = "deci".equals(properties.get(ExtensionProperties.STEP_KIND));
            return new TaskStep(name, decision, action, addr, method, Optional.ofNullable(properties.get(ExtensionProperties.CAPEM)),
                    params, split(properties.get(ExtensionProperties.STATES)), arguments);
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
}
