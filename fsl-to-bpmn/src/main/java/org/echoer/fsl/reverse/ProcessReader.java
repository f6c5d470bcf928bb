package org.echoer.fsl.reverse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.echoer.fsl.ast.FlowKind;
import org.echoer.fsl.bpmn.ExtensionProperties;

/**
 * Reads one process: its steps from the service tasks, their transitions from the flows out of them.
 * Each stage goes on only if the ones before it found no problem: a later stage would trip over the
 * same misfit again and report it a second time, less clearly.
 */
final class ProcessReader {

    private final Process process;
    private final List<BpmnProblem> problems;
    private final int problemsBefore;

    ProcessReader(Process process, List<BpmnProblem> problems) {
        this.process = process;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    Optional<ReversedFlow> read(String source) {
        ShapeFit shape = new ShapeFit(problems);
        OutgoingFlows outgoing = new OutgoingFlows();
        for (FlowElement element : process.getFlowElements()) {
            shape.sort(element);
            outgoing.add(element);
        }
        Map<String, String> processProperties = TaskProperties.of(process);
        FlowKind kind = flowKind(processProperties.get(ExtensionProperties.FLOW_KIND));
        String flowName = processProperties.getOrDefault(ExtensionProperties.FLOW_NAME, process.getId());
        shape.checkStartAndSteps(process.getId());
        if (foundProblems()) {
            return Optional.empty();
        }
        Map<ServiceTask, TaskStep> steps = steps(shape.stepTasks());
        RouteFollower follower = new RouteFollower(outgoing, steps, problems);
        Map<ServiceTask, Routes> routes = new LinkedHashMap<>();
        steps.forEach((task, step) -> routes.put(task, follower.routesOut(task)));
        String first = follower.firstStep(shape.start());
        if (foundProblems()) {
            return Optional.empty();
        }
        Map<String, ActionSpec> actions = ActionDeclarations.collect(steps, routes, problems);
        if (foundProblems()) {
            return Optional.empty();
        }
        String fsl = FslText.write(source, kind, flowName, List.copyOf(actions.values()), stepSpecs(steps, routes, actions, first));
        return Optional.of(new ReversedFlow(process.getId(), fsl));
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

    /** Each task's step, in written order; FSL names a step once, so a second of one name is a problem. */
    private Map<ServiceTask, TaskStep> steps(List<ServiceTask> tasks) {
        Map<ServiceTask, TaskStep> steps = new LinkedHashMap<>();
        Set<String> stepNames = new HashSet<>();
        for (ServiceTask task : tasks) {
            TaskStep step = TaskStep.read(task, problems);
            if (!stepNames.add(step.name())) {
                problem(task.getId(), "is a second step named '" + step.name() + "' (echoer.step)");
            }
            steps.put(task, step);
        }
        return steps;
    }

    /** The steps in written order, but the one the start event leads to first: an FSL flow starts at its first step. */
    private static List<StepSpec> stepSpecs(Map<ServiceTask, TaskStep> steps, Map<ServiceTask, Routes> routes,
            Map<String, ActionSpec> actions, String first) {
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
        return specs;
    }

    private boolean foundProblems() {
        return problems.size() > problemsBefore;
    }

    private void problem(String elementId, String message) {
        problems.add(new BpmnProblem(elementId, message));
    }
}
