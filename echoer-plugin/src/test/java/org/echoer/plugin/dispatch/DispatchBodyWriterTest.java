package org.echoer.plugin.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echoer.plugin.step.StepDefinition;
import org.echoer.plugin.step.StepWork;
import org.junit.jupiter.api.Test;

/** A step's request as bytes: its arguments, the run's start arguments and global variables, echoer's own fields. */
class DispatchBodyWriterTest {

    private static final Map<String, Object> ARGUMENTS = new LinkedHashMap<>(Map.of("item", "book", "qty", 2L));
    private static final StepDefinition STEP = new StepDefinition("order", "shop", List.of("http://shop/order"), "http",
            Optional.empty(), List.of("OK", "FAIL"), Map.of("item", "str", "qty", "int"), ARGUMENTS, List.of());

    private final DispatchBodyWriter writer = new DispatchBodyWriter(new ObjectMapper());

    @Test
    void writesTheArgumentsTheRunsVariablesAndEchoersFieldsAsEchoerDid() {
        StepWork work = work("{\"order\":{\"qty\":3},\"other\":{\"qty\":9}}", "{\"region\":\"eu<1>\"}");

        assertThat(text(writer.write(STEP, work))).isEqualTo("{\"ackStates\":[\"OK\",\"FAIL\"],\"flowId\":\"shop_run\","
                + "\"globalVariables\":{\"region\":\"eu\\u003c1\\u003e\"},\"item\":\"book\",\"qty\":3,\"stepName\":\"order\","
                + "\"uuid\":\"task-1\"}");
    }

    @Test
    void runVariablesThatAreNotJsonAreLeftOut() {
        StepWork work = work("{not json", "neither");

        assertThat(text(writer.write(STEP, work))).isEqualTo("{\"ackStates\":[\"OK\",\"FAIL\"],\"flowId\":\"shop_run\","
                + "\"globalVariables\":{},\"item\":\"book\",\"qty\":2,\"stepName\":\"order\",\"uuid\":\"task-1\"}");
    }

    private static StepWork work(Object startArgs, Object globals) {
        return new StepWork("task-1", "definition-1", "Task_Order", "shop_run", null, startArgs, globals, 0);
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
