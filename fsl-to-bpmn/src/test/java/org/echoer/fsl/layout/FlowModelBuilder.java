package org.echoer.fsl.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * Builds BPMN models shaped like the ones generated from FSL, without DI, through the plain model API:
 * start event, first step; each step an external service task followed by its own exclusive gateway with
 * one named conditional flow per transition (or, with no transitions, wired straight to the end event);
 * one end event named "done".
 *
 * <pre>
 * new FlowModelBuilder()
 *     .process("review")
 *     .step("A", "SUCCESS->B", "FAIL->A")
 *     .step("B", "SUCCESS->done")
 *     .build();
 * </pre>
 */
public final class FlowModelBuilder {

    /** Where a transition ends the flow, as in FSL. */
    public static final String DONE = "done";

    private final Map<String, List<StepSpec>> processes = new LinkedHashMap<>();
    private List<StepSpec> current;

    /** One step: the task's name, the state -> target transitions; none means "then the end event". */
    public record StepSpec(String step, String taskName, Map<String, String> transitions) {

        public StepSpec {
            transitions = new LinkedHashMap<>(transitions);
        }
    }

    /** Starts a new process; the following steps belong to it. */
    public FlowModelBuilder process(String processId) {
        current = new ArrayList<>();
        processes.put(processId, current);
        return this;
    }

    /** Adds a step named "STEP (STEP-action)" with transitions written as "STATE->TARGET". */
    public FlowModelBuilder step(String step, String... transitions) {
        return namedStep(step, step + " (" + step.toLowerCase() + "-action)", transitions);
    }

    /** Adds a step whose task has the given name. */
    public FlowModelBuilder namedStep(String step, String taskName, String... transitions) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String transition : transitions) {
            String[] parts = transition.split("->", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("not STATE->TARGET: " + transition);
            }
            parsed.put(parts[0].strip(), parts[1].strip());
        }
        return step(new StepSpec(step, taskName, parsed));
    }

    public FlowModelBuilder step(StepSpec spec) {
        if (current == null) {
            throw new IllegalStateException("call process(id) first");
        }
        current.add(spec);
        return this;
    }

    public BpmnModelInstance build() {
        BpmnModelInstance model = Bpmn.createEmptyModel();
        Definitions definitions = model.newInstance(Definitions.class);
        definitions.setTargetNamespace("http://echoer.org/test");
        model.setDefinitions(definitions);
        processes.forEach((id, steps) -> new ProcessWriter(model, definitions, id).write(steps));
        return model;
    }

    /** Writes one process; ids are prefixed with the process id so several processes never clash. */
    private static final class ProcessWriter {

        private final BpmnModelInstance model;
        private final Process process;
        private final String prefix;

        ProcessWriter(BpmnModelInstance model, Definitions definitions, String processId) {
            this.model = model;
            this.prefix = processId + "_";
            process = model.newInstance(Process.class, processId);
            process.setName(processId);
            process.setExecutable(true);
            definitions.getRootElements().add(process);
        }

        void write(List<StepSpec> steps) {
            StartEvent start = add(StartEvent.class, prefix + "start", null);
            Map<String, ServiceTask> tasks = new LinkedHashMap<>();
            for (StepSpec step : steps) {
                ServiceTask task = add(ServiceTask.class, prefix + step.step(), step.taskName());
                task.setCamundaType("external");
                task.setCamundaTopic(step.step().toLowerCase() + "-action");
                tasks.put(step.step(), task);
            }
            EndEvent end = add(EndEvent.class, prefix + "end", DONE);
            if (!steps.isEmpty()) {
                connect(prefix + "start_flow", start, tasks.get(steps.get(0).step()), null);
            }
            for (StepSpec step : steps) {
                ServiceTask task = tasks.get(step.step());
                if (step.transitions().isEmpty()) {
                    connect(task.getId() + "_end", task, end, null);
                    continue;
                }
                if (step.transitions().size() == 1 && !step.transitions().containsValue(step.step())) {
                    // one way out, not into itself: a conditional flow straight from the task, as the generator does
                    step.transitions().forEach((state, target) ->
                            connect(task.getId() + "_on_" + state, task, node(end, tasks, step, target), state));
                    continue;
                }
                ExclusiveGateway gateway = add(ExclusiveGateway.class, task.getId() + "_gateway", step.step() + ": state?");
                connect(task.getId() + "_out", task, gateway, null);
                step.transitions().forEach((state, target) ->
                        connect(task.getId() + "_on_" + state, gateway, node(end, tasks, step, target), state));
            }
        }

        private static FlowNode node(EndEvent end, Map<String, ServiceTask> tasks, StepSpec step, String target) {
            FlowNode to = target.equalsIgnoreCase(DONE) ? end : tasks.get(target);
            if (to == null) {
                throw new IllegalArgumentException("step " + step.step() + ": unknown target " + target);
            }
            return to;
        }

        private <T extends FlowNode> T add(Class<T> type, String id, String name) {
            T node = model.newInstance(type, id);
            if (name != null) {
                node.setName(name);
            }
            process.getFlowElements().add(node);
            return node;
        }

        private void connect(String id, FlowNode source, FlowNode target, String state) {
            SequenceFlow flow = model.newInstance(SequenceFlow.class, id);
            process.getFlowElements().add(flow);
            flow.setSource(source);
            flow.setTarget(target);
            source.getOutgoing().add(flow);
            target.getIncoming().add(flow);
            if (state != null) {
                flow.setName(state);
                ConditionExpression condition = model.newInstance(ConditionExpression.class);
                condition.setTextContent("${ackState == '" + state + "'}");
                flow.setConditionExpression(condition);
            }
        }
    }
}
