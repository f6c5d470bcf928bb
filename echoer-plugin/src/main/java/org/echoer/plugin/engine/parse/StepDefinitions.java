package org.echoer.plugin.engine.parse;

import org.echoer.plugin.step.StepDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.ReadOnlyProcessDefinition;
import org.echoer.fsl.bpmn.ExtensionProperties;

/**
 * Reads step definitions out of deployed process definitions: the extension properties of each external
 * task, as the engine parsed them when it deployed the BPMN (it keeps them in its deployment cache, so
 * nothing is parsed again here). A process definition never changes once deployed, so all its steps are
 * read at once, the first time one is asked for, and kept for the {@value #KEPT_DEFINITIONS} definitions
 * used last (flow versions and {@code flow_run} shapes; runs stored by earlier versions have one each).
 */
public final class StepDefinitions {

    /** As many as Camunda's own cache of parsed process definitions keeps by default. */
    static final int KEPT_DEFINITIONS = 1000;

    private final RepositoryServiceImpl repository;
    private final Map<String, Map<String, StepDefinition>> byDefinition;

    public StepDefinitions(RepositoryService repository) {
        this(repository, KEPT_DEFINITIONS);
    }

    StepDefinitions(RepositoryService repository, int keptDefinitions) {
        // the engine's own service: its parsed definitions carry what the public API only offers as XML
        this.repository = (RepositoryServiceImpl) repository;
        this.byDefinition = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, StepDefinition>> eldest) {
                return size() > keptDefinitions;
            }
        });
    }

    public StepDefinition get(String processDefinitionId, String activityId) {
        return find(processDefinitionId, activityId)
                .orElseThrow(() -> new IllegalArgumentException("no service task '" + activityId + "' in the process"));
    }

    /** The step an activity is, or empty when it is none of echoer's (a process drawn by hand may mix in others). */
    public Optional<StepDefinition> find(String processDefinitionId, String activityId) {
        return Optional.ofNullable(stepsByActivity(processDefinitionId).get(activityId));
    }

    /** All steps of a process definition, by step name, in the order the FSL wrote them. */
    public Map<String, StepDefinition> steps(String processDefinitionId) {
        Map<String, StepDefinition> steps = new LinkedHashMap<>();
        stepsByActivity(processDefinitionId).values().forEach(step -> steps.put(step.stepName(), step));
        return steps;
    }

    /** The activity id of a step, by step name. */
    public Optional<String> activityId(String processDefinitionId, String stepName) {
        return stepsByActivity(processDefinitionId).entrySet().stream()
                .filter(step -> stepName.equals(step.getValue().stepName()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** How many definitions' steps are kept now. */
    int keptDefinitions() {
        return byDefinition.size();
    }

    private Map<String, StepDefinition> stepsByActivity(String processDefinitionId) {
        Map<String, StepDefinition> steps = byDefinition.get(processDefinitionId);
        if (steps == null) {
            // read outside the lock: two threads may both read a new definition, and keep the same steps
            steps = readAll(repository.getDeployedProcessDefinition(processDefinitionId));
            byDefinition.put(processDefinitionId, steps);
        }
        return steps;
    }

    private static Map<String, StepDefinition> readAll(ReadOnlyProcessDefinition definition) {
        Map<String, StepDefinition> steps = new LinkedHashMap<>();
        for (PvmActivity activity : stepActivities(definition)) {
            steps.put(activity.getId(), read(activity));
        }
        return Collections.unmodifiableMap(steps);
    }

    /** The external tasks that are steps, in document order. */
    private static List<PvmActivity> stepActivities(ReadOnlyProcessDefinition definition) {
        return definition.getActivities().stream()
                .filter(StepDefinitions::isStep)
                .map(PvmActivity.class::cast)
                .toList();
    }

    /**
     * Whether an activity is one of echoer's steps: it carries the step property ({@value ExtensionProperties#STEP}).
     * That, and not the process's version tag, is what makes a task echoer's, so a process drawn in Modeler
     * runs like a generated one, and the other tasks of any process are left to other workers.
     */
    public static boolean isStep(PvmActivity activity) {
        return properties(activity).containsKey(ExtensionProperties.STEP);
    }

    private static StepDefinition read(PvmActivity activity) {
        Map<String, String> properties = properties(activity);
        Map<String, String> types = new LinkedHashMap<>();
        for (String param : split(properties.get(ExtensionProperties.PARAMS))) {
            String[] typeAndName = param.split(" ", 2);
            types.put(typeAndName[1], typeAndName[0]);
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        properties.forEach((name, value) -> {
            if (name.startsWith(ExtensionProperties.ARG_PREFIX)) {
                String argument = name.substring(ExtensionProperties.ARG_PREFIX.length());
                arguments.put(argument, StepDefinition.argumentValue(types.get(argument), value));
            }
        });
        return new StepDefinition(
                properties.get(ExtensionProperties.STEP),
                properties.get(ExtensionProperties.ACTION),
                split(properties.get(ExtensionProperties.ADDR)),
                properties.get(ExtensionProperties.METHOD),
                Optional.ofNullable(properties.get(ExtensionProperties.CAPEM)),
                split(properties.get(ExtensionProperties.STATES)),
                types,
                arguments,
                routedStates(activity));
    }

    /**
     * The states a step's way out routes: each way's condition on {@code ackState} ({@code ${ackState == 'X'}},
     * as generated or drawn), on the flows of the exclusive gateway after the step or on the step's own
     * flows; the only way out of a gateway, which carries no condition, routes the state it is named after.
     * Empty, so that any declared state is taken, when one way takes any state (a default flow, an
     * unconditional flow, a condition on anything else).
     */
    private static List<String> routedStates(PvmActivity step) {
        List<PvmTransition> ways = step.getOutgoingTransitions();
        boolean fromGateway = false;
        if (ways.size() == 1 && "exclusiveGateway".equals(ways.get(0).getDestination().getProperty("type"))) {
            PvmActivity gateway = ways.get(0).getDestination();
            if (gateway.getProperty("default") != null) {
                return List.of();
            }
            ways = gateway.getOutgoingTransitions();
            fromGateway = true;
        }
        List<String> states = new ArrayList<>();
        for (PvmTransition way : ways) {
            Object condition = way.getProperty(BpmnParse.PROPERTYNAME_CONDITION_TEXT);
            Optional<String> state = condition != null ? AckStateConditions.state((String) condition)
                    : fromGateway && ways.size() == 1 ? Optional.ofNullable((String) way.getProperty("name")) : Optional.empty();
            if (state.isEmpty()) {
                return List.of();
            }
            states.add(state.get());
        }
        return states;
    }

    /** The camunda:properties of an external task, as the engine's parser kept them. */
    private static Map<String, String> properties(PvmActivity activity) {
        Map<String, String> values = activity.getProperties().get(BpmnProperties.EXTENSION_PROPERTIES);
        return values == null ? Map.of() : values;
    }

    private static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).toList();
    }
}
