package org.echoer.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ActionRequestParserTest {

    private final ActionRequestParser parser = new ActionRequestParser(new ObjectMapper());

    @Test
    void separatesTheProtocolFieldsFromTheStepArguments() throws BadRequestException {
        // echoer's Go engine sorts keys, so arguments may come before and after the protocol keys
        ActionRequest request = parse("""
                {"Zone": "eu", "ackStates": ["SUCCESS", "FAIL"], "flowId": "release",
                 "globalVariables": {"owner": "ops", "n": 2}, "project": "echoer", "retry_count": 3,
                 "stepName": "build", "uuid": "6b1f0c", "version": null}
                """);

        assertThat(request.path()).isEqualTo("/ci");
        assertThat(request.flowId()).isEqualTo("release");
        assertThat(request.stepName()).isEqualTo("build");
        assertThat(request.ackStates()).containsExactly("SUCCESS", "FAIL");
        assertThat(request.uuid()).isEqualTo("6b1f0c");
        assertThat(request.globalVariables()).containsExactly(entry("owner", "ops"), entry("n", 2));
        assertThat(request.arguments()).containsExactly(entry("Zone", "eu"), entry("project", "echoer"),
                entry("retry_count", 3), entry("version", null));
        assertThat(request.body()).hasSize(9).containsEntry("uuid", "6b1f0c");
    }

    @Test
    void acceptsABodyWithoutFlowIdStepNameOrGlobalVariables() throws BadRequestException {
        ActionRequest request = parse("{\"uuid\": \"u\", \"ackStates\": [\"A\"], \"globalVariables\": null}");

        assertThat(request.flowId()).isNull();
        assertThat(request.stepName()).isNull();
        assertThat(request.globalVariables()).isNull();
        assertThat(request.arguments()).isEmpty();
    }

    private ActionRequest parse(String json) throws BadRequestException {
        return parser.parse("/ci", json.getBytes(StandardCharsets.UTF_8));
    }
}
