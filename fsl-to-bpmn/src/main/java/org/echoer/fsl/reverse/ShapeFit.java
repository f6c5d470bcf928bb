package org.echoer.fsl.reverse;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Sorts a process's elements into the start events and step tasks echoer's shape is made of, and reports
 * every element that does not fit that shape, saying what echoer expects instead.
 */
final class ShapeFit {

    private static final String SHAPE = "an echoer flow has external service tasks, exclusive gateways, "
            + "one start event and end events";

    private final List<BpmnProblem> problems;
    private final List<StartEvent> starts = new ArrayList<>();
    private final List<ServiceTask> tasks = new ArrayList<>();

    ShapeFit(List<BpmnProblem> problems) {
        this.problems = problems;
    }

    void sort(FlowElement element) {
        if (element instanceof SequenceFlow flow) {
            checkEnds(flow);
        } else if (element instanceof StartEvent start) {
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
        } else if (!(element instanceof ExclusiveGateway)) {
            problem(element.getId(), "is a " + element.getElementType().getTypeName() + ": " + SHAPE);
        }
    }

    /** A flow must join two elements of the flow: anything else is refused before the flow is followed. */
    private void checkEnds(SequenceFlow flow) {
        for (String end : List.of("sourceRef", "targetRef")) {
            String id = flow.getAttributeValue(end);
            ModelElementInstance joined = id == null ? null : flow.getModelInstance().getModelElementById(id);
            if (!(joined instanceof FlowNode)) {
                problem(flow.getId(), "is a sequence flow whose " + end + " '" + id + "' is not a task, gateway or event");
            }
        }
    }

    /** Once every element is sorted: a flow begins at exactly one start event and has at least one step. */
    void checkStartAndSteps(String processId) {
        if (starts.size() != 1) {
            problem(processId, "has " + starts.size() + " start events; " + SHAPE);
        }
        if (tasks.isEmpty()) {
            problem(processId, "has no service task: a flow needs at least one step");
        }
    }

    /** The one start event; only after {@link #checkStartAndSteps} found no problem. */
    StartEvent start() {
        return starts.get(0);
    }

    /** The external, single-instance service tasks: the flow's steps, in written order. */
    List<ServiceTask> stepTasks() {
        return tasks;
    }

    private void problem(String elementId, String message) {
        problems.add(new BpmnProblem(elementId, message));
    }
}
