package org.echoer.plugin.run;

import org.echoer.plugin.step.RunVariables;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.echoer.plugin.definition.DefinitionKind;
import org.echoer.plugin.definition.DefinitionStore;
import org.echoer.plugin.step.StepDefinition;
import org.echoer.plugin.engine.parse.StepDefinitions;

/** {@code POST /flow/{name}/start}: runs the newest version of a template with arguments per step. */
public final class FlowTemplates {

    private final DefinitionStore store;
    private final RepositoryService repository;
    private final StepDefinitions steps;
    private final FlowRunStarter starter;
    private final ObjectMapper json;
    /**
     * A deployment's process definition never changes, and each start would ask for it again. One entry per
     * flow version started here; a deleted version's entry is never asked for again.
     */
    private final Map<String, String> definitionIds = new ConcurrentHashMap<>();

    public FlowTemplates(DefinitionStore store, RepositoryService repository, StepDefinitions steps, FlowRunStarter starter,
            ObjectMapper json) {
        this.store = store;
        this.repository = repository;
        this.steps = steps;
        this.starter = starter;
        this.json = json;
    }

    /**
     * @param args {@code {"step": {"argument": value}}}; values must match the action's parameter types
     * @return the new process instance's id
     */
    public String start(String flowName, String runName, JsonNode args) {
        String deploymentId = store.latestId(DefinitionKind.FLOW, flowName)
                .orElseThrow(() -> new FlowRunNotFoundException("no flow '" + flowName + "'"));
        String definitionId = definitionIds.computeIfAbsent(deploymentId, this::definitionOf);
        validate(definitionId, args);
        Map<String, Object> variables = new HashMap<>();
        if (args != null && !args.isEmpty()) {
            try {
                variables.put(RunVariables.START_ARGS, json.writeValueAsString(args));
            } catch (JsonProcessingException e) {
                throw new InvalidStartException("args cannot be stored: " + e.getOriginalMessage());
            }
        }
        return starter.start(definitionId, runName, variables);
    }

    private String definitionOf(String deploymentId) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
        if (definition == null) {
            throw new FlowRunNotFoundException("flow deployment " + deploymentId + " was deleted meanwhile");
        }
        return definition.getId();
    }

    private void validate(String processDefinitionId, JsonNode args) {
        if (args == null || args.isNull()) {
            return;
        }
        if (!args.isObject()) {
            throw new InvalidStartException("args must be an object {\"step\": {\"argument\": value}}");
        }
        Map<String, StepDefinition> byName = steps.steps(processDefinitionId);
        for (Iterator<Map.Entry<String, JsonNode>> it = args.fields(); it.hasNext();) {
            var entry = it.next();
            StepDefinition step = byName.get(entry.getKey());
            if (step == null) {
                throw new InvalidStartException(
                        "args name step '" + entry.getKey() + "', which the flow does not have or never reaches");
            }
            if (!entry.getValue().isObject()) {
                throw new InvalidStartException("args of step '" + entry.getKey() + "' must be an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> values = entry.getValue().fields(); values.hasNext();) {
                var value = values.next();
                String type = step.parameterTypes().get(value.getKey());
                if (type == null) {
                    throw new InvalidStartException("step '" + entry.getKey() + "': action '" + step.actionName()
                            + "' has no parameter '" + value.getKey() + "'");
                }
                boolean fits = type.equals("int") ? value.getValue().canConvertToLong() && value.getValue().isIntegralNumber()
                        : value.getValue().isTextual();
                if (!fits) {
                    throw new InvalidStartException("step '" + entry.getKey() + "': argument '" + value.getKey() + "' must be "
                            + (type.equals("int") ? "an integer" : "a string"));
                }
            }
        }
    }
}
