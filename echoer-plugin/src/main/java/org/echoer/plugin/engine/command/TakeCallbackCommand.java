package org.echoer.plugin.engine.command;

import org.echoer.plugin.step.CallbackResult;
import org.echoer.plugin.step.CallbackOutcome;
import org.echoer.plugin.step.Callback;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.echoer.fsl.bpmn.ExtensionProperties;
import org.echoer.plugin.step.StepDefinition;
import org.echoer.plugin.engine.parse.StepDefinitions;
import org.echoer.plugin.step.StepTimeouts;
import org.echoer.plugin.event.EchoerEvent;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.event.EventType;
import org.echoer.plugin.observe.StepLogContext;
import org.echoer.plugin.step.RunVariables;

/**
 * Applies one callback to the open activation it names, in one engine transaction: checks it, records
 * what it reports and, when it is final, completes the step so its gateway routes on the state.
 * Returns null when no open activation has the uuid (the caller then tells stale from unknown).
 */
final class TakeCallbackCommand implements Command<CallbackResult> {

    private final Callback callback;
    private final StepDefinitions steps;
    private final ObjectMapper json;
    private final StepTimeouts timeouts;
    private final EventBus events;

    TakeCallbackCommand(Callback callback, StepDefinitions steps, ObjectMapper json, StepTimeouts timeouts, EventBus events) {
        this.callback = callback;
        this.steps = steps;
        this.json = json;
        this.timeouts = timeouts;
        this.events = events;
    }

    @Override
    public CallbackResult execute(CommandContext context) {
        // the thread may be committing other callbacks with its own (GroupCommit)
        try (StepLogContext log = StepLogContext.of(callback.flowId(), callback.stepName(), callback.uuid())) {
            return apply(context);
        }
    }

    private CallbackResult apply(CommandContext context) {
        ExternalTaskEntity task = context.getExternalTaskManager().findExternalTaskById(callback.uuid());
        if (task == null) {
            return null;
        }
        StepDefinition step = steps.find(task.getProcessDefinitionId(), task.getActivityId()).orElse(null);
        if (step == null) { // an external task of someone else's: not ours to complete
            return new CallbackResult(CallbackOutcome.UNKNOWN_UUID, "no step activation has uuid " + callback.uuid());
        }
        ExecutionEntity execution = task.getExecution();
        String flowId = execution.getProcessBusinessKey();
        if (!Objects.equals(callback.flowId(), flowId) || !Objects.equals(callback.stepName(), step.stepName())) {
            return new CallbackResult(CallbackOutcome.MISMATCH, "uuid " + callback.uuid() + " is step '" + step.stepName()
                    + "' of flow run '" + flowId + "', not step '" + callback.stepName() + "' of '" + callback.flowId() + "'");
        }
        if (task.isSuspended() || execution.isSuspended()) {
            return new CallbackResult(CallbackOutcome.PAUSED, "flow run '" + flowId + "' is paused; send the callback again after it continues");
        }
        if (!callback.done()) {
            Map<String, Object> variables = new HashMap<>(reported(task, step, false));
            mergedGlobals(execution).ifPresent(globals -> variables.put(RunVariables.GLOBALS, globals));
            execution.setVariables(variables);
            // a heartbeat: the step keeps waiting, for another step timeout; it also proves the POST arrived
            String accepted = StepTimeouts.acceptedMarker(task.getId());
            if (!execution.hasVariableLocal(accepted)) {
                execution.setVariableLocal(accepted, true);
            }
            task.setLockExpirationTime(new Date(ClockUtil.getCurrentTime().getTime() + timeouts.of(step.actionName()).toMillis()));
            return new CallbackResult(CallbackOutcome.WAITING, "recorded; step '" + step.stepName() + "' keeps waiting");
        }
        if (callback.ackState() == null || !step.accepts(callback.ackState())) {
            return new CallbackResult(CallbackOutcome.UNEXPECTED_STATE, "step '" + step.stepName() + "' has no transition for state '"
                    + callback.ackState() + "'; it takes " + String.join(", ", step.acceptedStates()));
        }
        Map<String, Object> variables = new HashMap<>(reported(task, step, true));
        variables.put(RunVariables.ACK_STATE, ackState(execution));
        mergedGlobals(execution).ifPresent(globals -> variables.put(RunVariables.GLOBALS, globals));
        ExecutionEntity processInstance = execution.getProcessInstance();
        execution.removeVariableLocal(StepTimeouts.acceptedMarker(task.getId()));
        // announced on commit, and before completing: the next step's dispatch, announced when this
        // transaction commits too, must come after the acknowledgement that caused it
        events.publish(EchoerEvent.step(EventType.STEP_ACKNOWLEDGED, flowId, step.stepName(), callback.uuid(), callback.ackState()));
        task.complete(variables, null);
        if (processInstance.isEnded()) {
            events.publish(EchoerEvent.flowRun(EventType.FLOW_RUN_DONE, flowId));
        }
        return new CallbackResult(CallbackOutcome.COMPLETED, "step '" + step.stepName() + "' completed with "
                + callback.ackState());
    }

    /**
     * The state for the gateway to route on. In echoer's own processes a transient variable, gone once the
     * gateway has routed (the activation's record keeps the state), which spares each step an update of the
     * variable and of its history. A process drawn by hand keeps it stored, as its own elements may read it
     * later, and so does a run started before, whose stored variable Camunda will not turn transient.
     */
    private Object ackState(ExecutionEntity execution) {
        boolean generated = ExtensionProperties.VERSION_TAG.equals(execution.getProcessDefinition().getVersionTag());
        return generated && !execution.hasVariable(RunVariables.ACK_STATE)
                ? Variables.stringValue(callback.ackState(), true) : callback.ackState();
    }

    /** The activation's record: {@code echoer.activation.<uuid>} = {uuid, step, state, done, data, activityInstanceId}. */
    private Map<String, Object> reported(ExternalTaskEntity task, StepDefinition step, boolean done) {
        ObjectNode record = json.createObjectNode()
                .put("uuid", task.getId())
                .put("step", step.stepName())
                .put("activityInstanceId", task.getActivityInstanceId())
                .put("done", done);
        if (callback.ackState() != null) {
            record.put("state", callback.ackState());
        }
        if (callback.data() != null && !callback.data().isNull()) {
            record.set("data", callback.data());
        }
        return Map.of(RunVariables.ACTIVATION_PREFIX + task.getId(), write(record));
    }

    private java.util.Optional<String> mergedGlobals(ExecutionEntity execution) {
        JsonNode update = callback.globalVariables();
        if (update == null || !update.isObject() || update.isEmpty()) {
            return java.util.Optional.empty();
        }
        ObjectNode merged = json.createObjectNode();
        Object current = execution.getVariable(RunVariables.GLOBALS);
        if (current instanceof String text) {
            try {
                JsonNode previous = json.readTree(text);
                if (previous.isObject()) {
                    merged.setAll((ObjectNode) previous);
                }
            } catch (JsonProcessingException unreadable) {
                // a variable changed by hand in Cockpit into something else: the update replaces it
            }
        }
        merged.setAll((ObjectNode) update);
        return java.util.Optional.of(write(merged));
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
