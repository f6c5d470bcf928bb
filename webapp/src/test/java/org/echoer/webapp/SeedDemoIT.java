package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.echoer.samples.ActionRequest;
import org.echoer.samples.SampleActionsOptions;
import org.echoer.samples.SampleActionsServer;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.EchoerAppTest;
import org.echoer.webapp.support.TestFsl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The canonical demo, verbatim, against the sample business services on their usual port 18080. */
@EchoerAppTest
class SeedDemoIT {

    @LocalServerPort
    int port;

    @Autowired
    HistoryService history;

    private ApiClient api;
    private SampleActionsServer actions;

    @BeforeEach
    void startSampleActions() throws Exception {
        api = new ApiClient(port);
        actions = new SampleActionsServer(SampleActionsOptions.builder().host("127.0.0.1").port(18080)
                .callbackUrl(api.base() + "/step").build());
        actions.start();
        api.delete("/flowrun/my_flow_run"); // each test runs the demo afresh
    }

    @AfterEach
    void stopSampleActions() {
        actions.close();
    }

    @Test
    void runsTheSeedDemoEchoersWayFiveActionsThenTheFlowRun() {
        String[] statements = Arrays.stream(TestFsl.seedDemo().split("(?m)^/\\s*$")).map(String::strip)
                .filter(s -> !s.isEmpty()).toArray(String[]::new);
        assertThat(statements).hasSize(6);

        for (int i = 0; i < 5; i++) {
            assertThat(api.postFsl("/action", statements[i]).status()).isEqualTo(200);
        }
        ApiClient.Response run = api.postFsl("/flowrun", statements[5]);

        assertThat(run.status()).as(run.body()).isEqualTo(200);
        JsonNode done = awaitDone("my_flow_run");
        assertThat(done.path("statesPassed")).extracting(JsonNode::asText).containsExactly("A", "D", "B", "C");
        assertThat(done.path("activations")).allSatisfy(a -> assertThat(a.path("done").asBoolean()).isTrue());
    }

    @Test
    void runsTheSeedDemoAsOneDocumentAndSendsEchoersRequestBodies() {
        ApiClient.Response submitted = api.postText("/fsl", TestFsl.seedDemo());

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        awaitDone("my_flow_run");
        List<ActionRequest> requests = actions.received();
        assertThat(requests).extracting(ActionRequest::path).containsExactly("/ci", "/approval", "/deploy", "/notify");
        Map<String, Object> ci = requests.get(0).body();
        assertThat(ci.keySet()).containsExactlyInAnyOrder("project", "version", "retry_count", "flowId", "stepName", "ackStates",
                "uuid", "globalVariables");
        assertThat(ci.get("retry_count")).isInstanceOf(Number.class).hasToString("10");
        assertThat(ci.get("version")).isEqualTo("v0.1.0");
        assertThat(ci.get("project")).isEqualTo("https://github.com/yametech/compass.git");
        assertThat(ci.get("flowId")).isEqualTo("my_flow_run");
        assertThat(ci.get("stepName")).isEqualTo("A");
        assertThat(ci.get("ackStates")).isEqualTo(List.of("SUCCESS", "FAIL"));
        assertThat(ci.get("uuid")).isInstanceOf(String.class);
        assertThat(ci.get("globalVariables")).isEqualTo(Map.of());
        Map<String, Object> approval = requests.get(1).body();
        assertThat(approval.get("version")).isInstanceOf(Number.class).hasToString("12343");
        assertThat(approval.get("work_order")).isEqualTo("nz00001");
        assertThat(approval.get("ackStates")).isEqualTo(List.of("AGREE", "REJECT", "NEXT", "FAIL"));
        assertThat(requests).extracting(r -> r.uuid()).doesNotHaveDuplicates();
    }

    /** History is cleaned up by end time (a running run keeps its history), so no history row carries a removal time. */
    @Test
    void writesNoRemovalTimeIntoTheRunsHistory() {
        assertThat(api.postText("/fsl", TestFsl.seedDemo()).status()).isEqualTo(200);
        awaitDone("my_flow_run");

        HistoricProcessInstance run = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("my_flow_run")
                .singleResult();
        assertThat(run.getEndTime()).isAfter(run.getStartTime());
        assertThat(run.getRemovalTime()).isNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(run.getId()).list())
                .extracting(HistoricActivityInstance::getRemovalTime).containsOnlyNulls();
    }

    private JsonNode awaitDone(String name) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/flowrun/" + name).json().path("state").asText(), "done"::equals);
        return api.get("/flowrun/" + name).json();
    }
}
