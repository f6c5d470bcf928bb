package org.echoer.plugin.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echoer.plugin.step.StepDefinition;
import org.echoer.plugin.step.StepWork;

/**
 * The bytes of a step's request: its {@link DispatchBody} with the run's start arguments and global
 * variables, written as echoer's Go server wrote it. A run variable that is not JSON is left out.
 */
final class DispatchBodyWriter {

    private final ObjectMapper json;
    private final GoCompatibleJson bytes;

    DispatchBodyWriter(ObjectMapper json) {
        this.json = json;
        this.bytes = new GoCompatibleJson(json);
    }

    byte[] write(StepDefinition step, StepWork work) {
        return bytes.write(DispatchBody.of(step, work.flowId(), work.taskId(), parse(work.startArgs()), parse(work.globals()), json));
    }

    private JsonNode parse(Object variable) {
        if (!(variable instanceof String text)) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
