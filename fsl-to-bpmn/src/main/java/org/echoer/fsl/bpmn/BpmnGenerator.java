package org.echoer.fsl.bpmn;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Argument;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.ast.StepKind;
import org.echoer.fsl.ast.Transition;

/**
 * Translates one checked flow into an executable BPMN process (SPEC section 3): start event, one
 * external service task per step, an exclusive gateway routing on {@code ackState} after each step,
 * one end event named {@code done}. It writes no diagram; the layout adds that.
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

    private final class Translation {

        private final FlowDecl flow;
        private final Function<String, ActionDecl> actions;
        private final BpmnModelInstance model = Bpmn.createEmptyModel();
        private final NcNames ids = new NcNames();
        private final Map<String, ServiceTask> tasks = new LinkedHashMap<>();
        private final Map<String, Integer> flowsPerSource = new HashMap<>();
        private Process process;
        private EndEvent end;
        private BaseElement lastFlowElement;

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

            process = model.newInstance(Process.class, processId);
            process.setName(flow.name().value());
            process.setExecutable(true);
            process.setCamundaHistoryTimeToLiveString(options.historyTimeToLive());
            process.setCamundaVersionTag(ExtensionProperties.VERSION_TAG);
            definitions.addChildElement(process);
            Map<String, String> flowProperties = new LinkedHashMap<>();
            flowProperties.put(ExtensionProperties.FLOW_KIND, flow.kind().keyword());
            flowProperties.put(ExtensionProperties.FLOW_NAME, flow.name().value());
            properties(process, flowProperties);

            StartEvent start = add(StartEvent.class, ids.unique("StartEvent_", "start"), "start");
            end = add(EndEvent.class, ids.unique("EndEvent_", Transition.DONE), Transition.DONE);
            flow.steps().forEach(step -> tasks.putIfAbsent(step.name().value(), task(step)));
            connect(start, tasks.get(flow.steps().get(0).name().value()), null, null);
            // in step order, each name once (the first step of a name is the one its task was made from)
            Set<String> routed = new HashSet<>();
            for (StepDecl step : flow.steps()) {
                if (routed.add(step.name().value())) {
                    route(step, tasks.get(step.name().value()));
                }
            }
            return model;
        }

        private ServiceTask task(StepDecl step) {
            ActionDecl action = actions.apply(step.action().orElseThrow().value());
            String label = step.name().value() + " (" + action.name().value() + ")";
            ServiceTask task = add(ServiceTask.class, ids.unique("Step_", step.name().value()), label);
            task.setCamundaType("external");
            task.setCamundaTopic(action.name().value());
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

        private void route(StepDecl step, ServiceTask task) {
            String stepName = step.name().value();
            if (step.endsWhateverState()) {
                connect(task, end, null, null);
                return;
            }
            ExclusiveGateway gateway = add(ExclusiveGateway.class, ids.unique("Gateway_", stepName), null);
            connect(task, gateway, null, null);
            // Camunda refuses a gateway whose only way out carries a condition; with one transition the
            // way out is unconditional (the bridge accepts no other state for the step anyway).
            boolean conditional = step.transitions().size() > 1;
            for (Transition transition : step.transitions()) {
                String target = transition.target().orElseThrow().value();
                FlowNode to = transition.endsFlow() ? end : tasks.get(target);
                String state = transition.state().value();
                connect(gateway, to, state, conditional ? AckStateCondition.expression(state) : null);
            }
        }

        private SequenceFlow connect(FlowNode from, FlowNode to, String label, String condition) {
            int n = flowsPerSource.merge(from.getId(), 1, Integer::sum);
            String suffix = label != null ? label : "out" + (n == 1 ? "" : n);
            SequenceFlow sequenceFlow = add(SequenceFlow.class, ids.unique("Flow_", from.getId() + "_" + suffix), label);
            sequenceFlow.setSource(from);
            sequenceFlow.setTarget(to);
            from.getOutgoing().add(sequenceFlow);
            to.getIncoming().add(sequenceFlow);
            if (condition != null) {
                ConditionExpression expression = model.newInstance(ConditionExpression.class,
                        ids.unique("Condition_", sequenceFlow.getId()));
                expression.setTextContent(condition);
                sequenceFlow.setConditionExpression(expression);
            }
            return sequenceFlow;
        }

        private <T extends BaseElement> T add(Class<T> type, String id, String name) {
            // the id goes in at creation: setId afterwards searches the whole model for references to
            // update, which made generating a flow quadratic in its size
            T element = model.newInstance(type, id);
            if (name != null) {
                element.setAttributeValue("name", name);
            }
            // appended after the previous flow element: addChildElement would look through every child of
            // the process for the right place, once per element
            if (lastFlowElement == null) {
                process.addChildElement(element);
            } else {
                process.insertElementAfter(element, lastFlowElement);
            }
            lastFlowElement = element;
            return element;
        }

        private void properties(BaseElement element, Map<String, String> values) {
            ExtensionElements extensions = model.newInstance(ExtensionElements.class);
            element.setExtensionElements(extensions);
            CamundaProperties properties = extensions.addExtensionElement(CamundaProperties.class);
            values.forEach((name, value) -> {
                CamundaProperty property = model.newInstance(CamundaProperty.class);
                property.setCamundaName(name);
                property.setCamundaValue(value);
                properties.getCamundaProperties().add(property);
            });
        }
    }
}
