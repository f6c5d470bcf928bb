package org.echoer.fsl.bpmn;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN20_NS;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ATTRIBUTE_ID;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ATTRIBUTE_NAME;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ATTRIBUTE_SOURCE_REF;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ATTRIBUTE_TARGET_REF;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ELEMENT_CONDITION_EXPRESSION;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ELEMENT_END_EVENT;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ELEMENT_EXCLUSIVE_GATEWAY;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ELEMENT_EXTENSION_ELEMENTS;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ELEMENT_INCOMING;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ELEMENT_OUTGOING;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ELEMENT_SEQUENCE_FLOW;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ELEMENT_SERVICE_TASK;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN_ELEMENT_START_EVENT;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_ATTRIBUTE_NAME;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_ATTRIBUTE_TOPIC;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_ATTRIBUTE_TYPE;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_ATTRIBUTE_VALUE;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_ELEMENT_PROPERTIES;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_ELEMENT_PROPERTY;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;


import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Argument;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.ast.StepGraph;
import org.echoer.fsl.ast.StepKind;
import org.echoer.fsl.ast.Transition;
import org.echoer.fsl.dom.ModelDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Translates one checked flow into an executable BPMN process: start event, one external service task per
 * step a run can reach (a step no path reaches is left out), a named exclusive gateway routing on
 * {@code ackState} after each step with more than one way out (a step with one way out leaves its task by
 * one conditional flow), one end event named {@code done} when any step reaches it. It writes no diagram;
 * the layout adds that. docs/fsl.md says why it has this shape.
 */
public final class BpmnGenerator {

    public static final String TARGET_NAMESPACE = "http://echoer.org/fsl";

    private final BpmnOptions options;

    public BpmnGenerator(BpmnOptions options) {
        this.options = options;
    }

    /**
     * @param flow a flow that passed the checks
     * @param actions resolves every action its steps name
     */
    public BpmnModelInstance generate(FlowDecl flow, Function<String, ActionDecl> actions) {
        return new Translation(flow, actions).run();
    }

    /** The name of a step's gateway, as Cockpit and Modeler show it beside the diamond. */
    public static String gatewayName(String stepName) {
        return stepName + ": state?";
    }

    private static boolean reachesDone(StepDecl step) {
        return step.endsWhateverState() || step.transitions().stream().anyMatch(Transition::endsFlow);
    }

    /**
     * One flow's translation. The definitions and the process are made through the model API; the flow
     * elements inside go straight into the model's W3C DOM ({@link ModelDocument}), in the order and form
     * the model API gives them. Made through the model API, a big flow's thousands of elements, references
     * and properties were half of its compile time; the model API reads them as it reads a parsed file.
     */
    private final class Translation {

        private final FlowDecl flow;
        private final Function<String, ActionDecl> actions;
        private final BpmnModelInstance model = Bpmn.createEmptyModel();
        private final ModelDocument dom = new ModelDocument(model);
        private final NcNames ids = new NcNames();
        private final Map<String, Element> tasks = new LinkedHashMap<>();
        private final Map<String, Integer> flowsPerSource = new HashMap<>();
        private Element process;
        private Element end;

        Translation(FlowDecl flow, Function<String, ActionDecl> actions) {
            this.flow = flow;
            this.actions = actions;
        }

        BpmnModelInstance run() {
            // every id is made from the flow, none at random: the same FSL always gives the same file
            String processId = NcNames.of(flow.name().value());
            ids.unique("", processId);
            Definitions definitions = model.newInstance(Definitions.class, ids.unique("Definitions_", processId));
            definitions.setTargetNamespace(TARGET_NAMESPACE);
            definitions.setExporter("echoer fsl-to-bpmn");
            model.setDefinitions(definitions);

            Process processElement = model.newInstance(Process.class, processId);
            processElement.setName(flow.name().value());
            processElement.setExecutable(true);
            processElement.setCamundaHistoryTimeToLiveString(options.historyTimeToLive());
            processElement.setCamundaVersionTag(ExtensionProperties.VERSION_TAG);
            definitions.addChildElement(processElement);
            process = dom.byId(processId);
            Map<String, String> flowProperties = new LinkedHashMap<>();
            flowProperties.put(ExtensionProperties.FLOW_KIND, flow.kind().keyword());
            flowProperties.put(ExtensionProperties.FLOW_NAME, flow.name().value());
            flowProperties.put(ExtensionProperties.STEP_EXECUTION, ExtensionProperties.STEPS_SHARE_RUN_EXECUTION);
            properties(process, flowProperties);

            Element start = add(BPMN_ELEMENT_START_EVENT, ids.unique("StartEvent_", "start"), "start");
            // a step no run reaches would be a task without a way in (bpmnlint: no-implicit-start), and it never runs
            List<StepDecl> steps = StepGraph.of(flow).reachableSteps();
            // an end event nothing leads to would stand unconnected in the diagram (bpmnlint: no-disconnected)
            if (steps.stream().anyMatch(BpmnGenerator::reachesDone)) {
                end = add(BPMN_ELEMENT_END_EVENT, ids.unique("EndEvent_", Transition.DONE), Transition.DONE);
            }
            steps.forEach(step -> tasks.put(step.name().value(), task(step)));
            connect(start, tasks.get(steps.get(0).name().value()), null, null);
            steps.forEach(step -> route(step, tasks.get(step.name().value())));
            return model;
        }

        private Element task(StepDecl step) {
            ActionDecl action = actions.apply(step.action().orElseThrow().value());
            String label = step.name().value() + " (" + action.name().value() + ")";
            Element task = add(BPMN_ELEMENT_SERVICE_TASK, ids.unique("Step_", step.name().value()), label);
            task.setAttributeNS(CAMUNDA_NS, dom.qualified(CAMUNDA_NS, CAMUNDA_ATTRIBUTE_TYPE), "external");
            task.setAttributeNS(CAMUNDA_NS, dom.qualified(CAMUNDA_NS, CAMUNDA_ATTRIBUTE_TOPIC), action.name().value());
            Map<String, String> values = new LinkedHashMap<>();
            values.put(ExtensionProperties.STEP, step.name().value());
            values.put(ExtensionProperties.STEP_KIND, step.kind() == StepKind.DECI ? "deci" : "step");
            values.put(ExtensionProperties.ACTION, action.name().value());
            values.put(ExtensionProperties.ADDR, String.join(",", action.addresses()));
            values.put(ExtensionProperties.METHOD, action.knownMethod().orElseThrow().keyword());
            action.capem().ifPresent(capem -> values.put(ExtensionProperties.CAPEM, capem.value()));
            values.put(ExtensionProperties.STATES, action.states().stream().map(s -> s.value()).collect(Collectors.joining(",")));
            values.put(ExtensionProperties.PARAMS, action.paramList().stream()
                    .map(p -> p.knownType().orElseThrow().keyword() + " " + p.name().value())
                    .collect(Collectors.joining(",")));
            for (Argument argument : step.arguments()) {
                values.put(ExtensionProperties.ARG_PREFIX + argument.name().value(), String.valueOf(argument.value().plain()));
            }
            properties(task, values);
            return task;
        }

        private void route(StepDecl step, Element task) {
            String stepName = step.name().value();
            if (step.endsWhateverState()) {
                connect(task, end, null, null);
                return;
            }
            if (step.transitions().size() == 1 && !target(step.transitions().get(0)).equals(task)) {
                // a gateway with one way in and one out only repeats the task's own way out (bpmnlint:
                // superfluous-gateway); the condition keeps the state on the flow and in the engine's view
                Transition only = step.transitions().get(0);
                String state = only.state().value();
                connect(task, target(only), state, AckStateCondition.expression(state));
                return;
            }
            Element gateway = add(BPMN_ELEMENT_EXCLUSIVE_GATEWAY, ids.unique("Gateway_", stepName), gatewayName(stepName));
            connect(task, gateway, null, null);
            // Camunda refuses a gateway whose only way out carries a condition; a step whose one transition
            // leads back to itself keeps its gateway (a flow from a task into itself cannot be drawn apart
            // from the task) with one unconditional way out (the bridge accepts no other state for the step).
            boolean conditional = step.transitions().size() > 1;
            for (Transition transition : step.transitions()) {
                String state = transition.state().value();
                connect(gateway, target(transition), state, conditional ? AckStateCondition.expression(state) : null);
            }
        }

        private Element target(Transition transition) {
            return transition.endsFlow() ? end : tasks.get(transition.target().orElseThrow().value());
        }

        private void connect(Element from, Element to, String label, String condition) {
            String fromId = from.getAttribute(BPMN_ATTRIBUTE_ID);
            int n = flowsPerSource.merge(fromId, 1, Integer::sum);
            String suffix = label != null ? label : "out" + (n == 1 ? "" : n);
            Element sequenceFlow = add(BPMN_ELEMENT_SEQUENCE_FLOW, ids.unique("Flow_", fromId + "_" + suffix), label);
            String flowId = sequenceFlow.getAttribute(BPMN_ATTRIBUTE_ID);
            sequenceFlow.setAttribute(BPMN_ATTRIBUTE_SOURCE_REF, fromId);
            sequenceFlow.setAttribute(BPMN_ATTRIBUTE_TARGET_REF, to.getAttribute(BPMN_ATTRIBUTE_ID));
            if (condition != null) {
                Element expression = dom.element(BPMN20_NS, BPMN_ELEMENT_CONDITION_EXPRESSION,
                        ids.unique("Condition_", flowId));
                expression.setTextContent(condition);
                sequenceFlow.appendChild(expression);
            }
            from.appendChild(reference(BPMN_ELEMENT_OUTGOING, flowId));
            // incoming references come before outgoing ones
            to.insertBefore(reference(BPMN_ELEMENT_INCOMING, flowId), firstChildNamed(to, BPMN_ELEMENT_OUTGOING));
        }

        private Element reference(String localName, String flowId) {
            Element reference = dom.element(BPMN20_NS, localName);
            reference.setTextContent(flowId);
            return reference;
        }

        private static Node firstChildNamed(Element parent, String localName) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (localName.equals(child.getLocalName())) {
                    return child;
                }
            }
            return null;
        }

        /** A flow element of the process, after those made before it. */
        private Element add(String localName, String id, String name) {
            Element element = dom.element(BPMN20_NS, localName, id);
            if (name != null) {
                element.setAttribute(BPMN_ATTRIBUTE_NAME, name);
            }
            process.appendChild(element);
            return element;
        }

        /** Called while the element has no children yet: extensionElements, which comes first, goes at the end. */
        private void properties(Element element, Map<String, String> values) {
            Element extensions = dom.element(BPMN20_NS, BPMN_ELEMENT_EXTENSION_ELEMENTS);
            Element properties = dom.element(CAMUNDA_NS, CAMUNDA_ELEMENT_PROPERTIES);
            values.forEach((name, value) -> {
                Element property = dom.element(CAMUNDA_NS, CAMUNDA_ELEMENT_PROPERTY);
                property.setAttribute(CAMUNDA_ATTRIBUTE_NAME, name);
                property.setAttribute(CAMUNDA_ATTRIBUTE_VALUE, value);
                properties.appendChild(property);
            });
            extensions.appendChild(properties);
            element.appendChild(extensions);
        }
    }
}
