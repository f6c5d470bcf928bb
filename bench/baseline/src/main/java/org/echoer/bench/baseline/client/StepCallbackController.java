package org.echoer.bench.baseline.client;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.variable.Variables;
import org.echoer.bench.baseline.BaselineProperties;
import org.echoer.fsl.bpmn.ExtensionProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /step}: completes the external task the action was called for, under the client's worker id,
 * with the reported state as the variable the gateways route on.
 */
@RestController
@ConditionalOnProperty(name = "baseline.mode", havingValue = "client", matchIfMissing = true)
final class StepCallbackController {

    private final ExternalTaskService externalTasks;
    private final String workerId;

    StepCallbackController(ExternalTaskService externalTasks, BaselineProperties properties) {
        this.externalTasks = externalTasks;
        this.workerId = properties.workerId();
    }

    @PostMapping("/step")
    ResponseEntity<Map<String, String>> callback(@RequestBody StepCallback callback) {
        if (callback.uuid() == null || callback.ackState() == null) {
            return answer(HttpStatus.BAD_REQUEST, "bad request", "uuid and ackState are required");
        }
        if (Boolean.FALSE.equals(callback.done())) {
            return answer(HttpStatus.ACCEPTED, "waiting", "the step keeps waiting");
        }
        try {
            externalTasks.complete(callback.uuid(), workerId,
                    Variables.putValue(ExtensionProperties.ACK_STATE_VARIABLE, callback.ackState()));
            return answer(HttpStatus.OK, "ok", "step " + callback.stepName() + " completed");
        } catch (NotFoundException e) {
            return answer(HttpStatus.NOT_FOUND, "not found", e.getMessage());
        } catch (OptimisticLockingException e) {
            return answer(HttpStatus.CONFLICT, "conflict", e.getMessage());
        } catch (BadUserRequestException e) {
            return answer(HttpStatus.BAD_REQUEST, "bad request", e.getMessage());
        } catch (ProcessEngineException e) { // e.g. no transition for the state: the gateway finds no way out
            return answer(HttpStatus.BAD_REQUEST, "bad request", e.getMessage());
        }
    }

    private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String word, String message) {
        return ResponseEntity.status(status).body(Map.of("status", word, "message", String.valueOf(message)));
    }
}
