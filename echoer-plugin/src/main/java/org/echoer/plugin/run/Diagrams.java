package org.echoer.plugin.run;

import org.echoer.plugin.step.RunVariables;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.echoer.fsl.ast.FlowKind;
import org.echoer.fsl.bpmn.ExtensionProperties;
import org.echoer.fsl.bpmn.NcNames;
import org.echoer.fsl.layout.DiagramMarks;
import org.echoer.fsl.layout.SvgRenderer;
import org.echoer.fsl.shape.RunExport;
import org.echoer.plugin.definition.DefinitionKind;
import org.echoer.plugin.definition.DefinitionStore;

/** BPMN as deployed and SVG pictures of flows and flow runs; a run's picture marks the steps passed and the current one. */
public final class Diagrams {

    private final DefinitionStore store;
    private final RepositoryService repository;
    private final HistoryService history;
    private final ExternalTaskService externalTasks;
    private final FlowRuns runs;
    private final ObjectMapper json;
    private final SvgRenderer svg = new SvgRenderer();

    public Diagrams(DefinitionStore store, RepositoryService repository, HistoryService history, ExternalTaskService externalTasks,
            FlowRuns runs, ObjectMapper json) {
        this.json = json;
        this.store = store;
        this.repository = repository;
        this.history = history;
        this.externalTasks = externalTasks;
        this.runs = runs;
    }

    public byte[] flowBpmn(String flowName) {
        return bpmn(flowDefinition(flowName).getId());
    }

    public String flowSvg(String flowName) {
        ProcessDefinition definition = flowDefinition(flowName);
        return svg.render(repository.getBpmnModelInstance(definition.getId()), definition.getKey(), DiagramMarks.none());
    }

    /**
     * The BPMN of one run: the process it runs on with the run's own argument values written in. A flow run
     * of a shared shape also takes its own name as the process's id and name, as a process of its own would.
     */
    public byte[] runBpmn(String runName) {
        HistoricProcessInstance run = runs.require(runName);
        BpmnModelInstance process = repository.getBpmnModelInstance(run.getProcessDefinitionId());
        boolean flowRun = FlowKind.FLOW_RUN.keyword().equals(processProperty(process, ExtensionProperties.FLOW_KIND));
        boolean shared = flowRun && !run.getProcessDefinitionKey().equals(NcNames.of(runName));
        Map<String, Map<String, String>> arguments = startArguments(run.getId());
        if (arguments.isEmpty() && !shared) {
            return bpmn(run.getProcessDefinitionId()); // as deployed: it is the run's own
        }
        return RunExport.write(process, runName, arguments, shared).getBytes(StandardCharsets.UTF_8);
    }

    /** The run's {@link RunVariables#START_ARGS} as text, {step: {argument: value}}; empty when it has none. */
    private Map<String, Map<String, String>> startArguments(String processInstanceId) {
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(RunVariables.START_ARGS).disableCustomObjectDeserialization().singleResult();
        Map<String, Map<String, String>> byStep = new LinkedHashMap<>();
        if (variable == null || !(variable.getValue() instanceof String text)) {
            return byStep;
        }
        try {
            json.readTree(text).fields().forEachRemaining(step -> {
                Map<String, String> values = new LinkedHashMap<>();
                step.getValue().fields().forEachRemaining(value -> values.put(value.getKey(),
                        value.getValue().isValueNode() ? value.getValue().asText() : value.getValue().toString()));
                byStep.put(step.getKey(), values);
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the start arguments of run " + processInstanceId + " are not JSON", e);
        }
        return byStep;
    }

    private static String processProperty(BpmnModelInstance model, String name) {
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        if (process.getExtensionElements() == null) {
            return null;
        }
        return process.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
    }

    public String runSvg(String runName) {
        HistoricProcessInstance run = runs.require(runName);
        Set<String> passed = new HashSet<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(run.getId()).list()) {
            if (activity.getEndTime() != null) {
                passed.add(activity.getActivityId());
            }
        }
        Set<String> current = new HashSet<>();
        externalTasks.createExternalTaskQuery().processInstanceId(run.getId()).list()
                .forEach(task -> current.add(task.getActivityId()));
        return svg.render(repository.getBpmnModelInstance(run.getProcessDefinitionId()), run.getProcessDefinitionKey(),
                new DiagramMarks(passed, current));
    }

    private ProcessDefinition flowDefinition(String flowName) {
        var flow = store.latest(DefinitionKind.FLOW, flowName)
                .orElseThrow(() -> new FlowRunNotFoundException("no flow '" + flowName + "'"));
        return repository.createProcessDefinitionQuery().deploymentId(flow.uuid()).singleResult();
    }

    private byte[] bpmn(String processDefinitionId) {
        try (InputStream in = repository.getProcessModel(processDefinitionId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
