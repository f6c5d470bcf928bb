package org.echoer.plugin.run;

import org.echoer.plugin.step.RunVariables;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.echoer.plugin.step.StepDefinition;
import org.echoer.plugin.engine.parse.StepDefinitions;

/** Reads flow runs back from the engine's runtime and history: state, current step, activations. */
public final class FlowRuns {

    private final HistoryService history;
    private final RuntimeService runtime;
    private final ExternalTaskService externalTasks;
    private final StepDefinitions steps;
    private final ObjectMapper json;

    public FlowRuns(HistoryService history, RuntimeService runtime, ExternalTaskService externalTasks, StepDefinitions steps,
            ObjectMapper json) {
        this.history = history;
        this.runtime = runtime;
        this.externalTasks = externalTasks;
        this.steps = steps;
        this.json = json;
    }

    public Optional<HistoricProcessInstance> find(String name) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(name)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst();
    }

    public HistoricProcessInstance require(String name) {
        return find(name).orElseThrow(() -> new FlowRunNotFoundException("no flow run '" + name + "'"));
    }

    public List<FlowRunSummary> list(String nameFilter, int first, int max) {
        var query = history.createHistoricProcessInstanceQuery().orderByProcessInstanceStartTime().desc();
        if (nameFilter != null && !nameFilter.isEmpty()) {
            // a plain substring, like the other lists: LIKE's own characters are escaped (Camunda escapes with '\\')
            query.processInstanceBusinessKeyLike("%" + nameFilter.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        List<HistoricProcessInstance> page = query.listPage(first, max);
        Map<String, String> currentSteps = currentSteps(page);
        List<FlowRunSummary> runs = new ArrayList<>();
        for (HistoricProcessInstance instance : page) {
            if (instance.getBusinessKey() != null) {
                runs.add(new FlowRunSummary(instance.getBusinessKey(), instance.getId(), instance.getProcessDefinitionKey(),
                        state(instance).label(), currentSteps.get(instance.getId()), instance.getStartTime(),
                        instance.getEndTime()));
            }
        }
        return runs;
    }

    /** The step each unfinished run of a page waits at, by process instance id: one query for the whole page. */
    private Map<String, String> currentSteps(List<HistoricProcessInstance> page) {
        String[] open = page.stream().filter(i -> i.getEndTime() == null).map(HistoricProcessInstance::getId)
                .toArray(String[]::new);
        Map<String, String> current = new HashMap<>();
        if (open.length > 0) {
            for (ExternalTask task : externalTasks.createExternalTaskQuery().processInstanceIdIn(open).list()) {
                steps.find(task.getProcessDefinitionId(), task.getActivityId())
                        .ifPresent(step -> current.put(task.getProcessInstanceId(), step.stepName()));
            }
        }
        return current;
    }

    public FlowRunState state(HistoricProcessInstance instance) {
        boolean incident = instance.getEndTime() == null
                && runtime.createIncidentQuery().processInstanceId(instance.getId()).count() > 0;
        return FlowRunState.of(instance.getState(), incident);
    }

    public FlowRunView view(String name) {
        HistoricProcessInstance instance = require(name);
        List<Activation> activations = activations(instance);
        List<String> passed = activations.stream().map(Activation::stepName).toList();
        String current = activations.stream().filter(a -> !a.done() && a.endedAt() == null).map(Activation::stepName)
                .reduce((a, b) -> b).orElse(null);
        String incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).list().stream()
                .map(Incident::getIncidentMessage).findFirst().orElse(null);
        return new FlowRunView(name, instance.getId(), instance.getProcessDefinitionKey(), state(instance).label(), current,
                passed, activations, incident, instance.getStartTime(), instance.getEndTime());
    }

    /** Every activation of every step, in the order they were activated. */
    public List<Activation> activations(HistoricProcessInstance instance) {
        Map<String, JsonNode> reported = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableNameLike(RunVariables.ACTIVATION_PREFIX + "%")
                .disableCustomObjectDeserialization().list()) {
            JsonNode record = parse((String) variable.getValue());
            if (record != null && record.hasNonNull("activityInstanceId")) {
                reported.put(record.get("activityInstanceId").asText(), record);
            }
        }
        Map<String, String> openUuids = new HashMap<>();
        for (ExternalTask task : externalTasks.createExternalTaskQuery().processInstanceId(instance.getId()).list()) {
            openUuids.put(task.getActivityInstanceId(), task.getId());
        }
        List<Activation> activations = new ArrayList<>();
        for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityType("serviceTask").orderPartiallyByOccurrence().asc().list()) {
            Optional<StepDefinition> definition = steps.find(instance.getProcessDefinitionId(), step.getActivityId());
            if (definition.isEmpty()) { // a service task of a drawn process that is not one of echoer's steps
                continue;
            }
            String stepName = definition.get().stepName();
            JsonNode record = reported.get(step.getId());
            String uuid = record != null ? record.path("uuid").asText(null) : openUuids.get(step.getId());
            boolean done = record != null && record.path("done").asBoolean(false);
            String state = record != null ? record.path("state").asText(null) : null;
            JsonNode data = record != null && record.hasNonNull("data") ? record.get("data") : null;
            activations.add(new Activation(uuid, stepName, state, done, data, step.getStartTime(), step.getEndTime()));
        }
        return activations;
    }

    private JsonNode parse(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
