package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.echoer.webapp.support.XmlDocuments;
import org.echoer.webapp.support.ApiClient.Response;
import org.echoer.webapp.support.EchoerAppTest;
import org.echoer.webapp.support.EndpointTestBase;
import org.echoer.webapp.support.Fixture;
import org.echoer.webapp.support.RecordingActionServer;
import org.echoer.webapp.support.RecordingActionServer.Received;
import org.echoer.webapp.support.TestFsl;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every endpoint of docs/api.md doing its job over real HTTP: FSL in, lists and single resources,
 * deletes, template starts, the run lifecycle, diagrams, events, and Camunda's own web apps. Actions
 * point at a {@link RecordingActionServer}; the tests send the callbacks themselves. The error answers
 * are in {@link ErrorResponsesIT}.
 */
@EchoerAppTest
class EndpointsIT extends EndpointTestBase {

    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    // ---- POST /action, /flow, /flowrun, /fsl, /fsl/check

    @Test
    void postsAnActionInEchoersJsonFormAndAnswersWhatItCreated() {
        String name = Fixture.unique("ci");

        Response posted = api.postFsl("/action", fixture.action(name, "SUCCESS | FAIL"));

        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        JsonNode statement = single(posted.json().path("statements"));
        assertThat(statement.path("kind").asText()).isEqualTo("action");
        assertThat(statement.path("name").asText()).isEqualTo(name);
        assertThat(statement.path("status").asText()).isEqualTo("created");
        assertThat(statement.path("version").asInt()).isEqualTo(1);
        assertThat(statement.path("uuid").asText()).isNotBlank();
        assertThat(posted.json().path("warnings").isArray()).isTrue();
        assertThat(posted.json().path("warnings")).isEmpty();
        assertThat(names(api.get("/action?name=" + name).json())).containsExactly(name);
    }

    @Test
    void postsAFlowAsPlainText() {
        String prefix = fixture.deployActions();
        String flow = Fixture.unique("flow");

        Response posted = api.postText("/flow", fixture.flow(prefix, flow));

        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        JsonNode statement = single(posted.json().path("statements"));
        assertThat(statement.path("kind").asText()).isEqualTo("flow");
        assertThat(statement.path("name").asText()).isEqualTo(flow);
        assertThat(statement.path("status").asText()).isEqualTo("created");
        assertThat(statement.path("version").asInt()).isEqualTo(1);
        assertThat(api.get("/flow/" + flow).json().path("current").path("fsl").asText()).contains("flow " + flow);
    }

    @Test
    void repostingAnIdenticalActionChangesNothing() {
        String name = Fixture.unique("ci");
        JsonNode first = single(api.postFsl("/action", fixture.action(name, "SUCCESS | FAIL")).json().path("statements"));

        Response again = api.postText("/action", fixture.action(name, "SUCCESS | FAIL"));

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        JsonNode statement = single(again.json().path("statements"));
        assertThat(statement.path("status").asText()).isEqualTo("unchanged");
        assertThat(statement.path("version").asInt()).isEqualTo(1);
        assertThat(statement.path("uuid").asText()).isEqualTo(first.path("uuid").asText());
        assertThat(api.get("/action/" + name).json().path("versions")).hasSize(1);
    }

    @Test
    void changingAnActionDeploysASecondVersion() {
        String name = Fixture.unique("ci");
        JsonNode first = single(api.postFsl("/action", fixture.action(name, "SUCCESS | FAIL")).json().path("statements"));

        Response changed = api.postFsl("/action", fixture.action(name, "SUCCESS | FAIL | RETRY"));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode statement = single(changed.json().path("statements"));
        assertThat(statement.path("status").asText()).isEqualTo("updated");
        assertThat(statement.path("version").asInt()).isEqualTo(2);
        assertThat(statement.path("uuid").asText()).isNotEqualTo(first.path("uuid").asText());
        JsonNode action = api.get("/action/" + name).json();
        assertThat(action.path("versions")).extracting(v -> v.path("version").asInt()).containsExactly(1, 2);
        assertThat(action.path("current").path("version").asInt()).isEqualTo(2);
        assertThat(action.path("current").path("fsl").asText()).contains("RETRY");
    }

    @Test
    void repostingAFlowAfterItsActionMovedDeploysAVersionThatCallsTheNewAddress() {
        String prefix = fixture.deployActions();
        String flow = Fixture.unique("flow");
        assertThat(api.postFsl("/flow", fixture.flow(prefix, flow)).status()).isEqualTo(200);
        String moved = fixture.actions(prefix).replace(server.url("/" + prefix + "/ci"), server.url("/" + prefix + "/ci-moved"));
        assertThat(api.postText("/fsl", moved).status()).isEqualTo(200);

        Response reposted = api.postFsl("/flow", fixture.flow(prefix, flow));
        Response again = api.postFsl("/flow", fixture.flow(prefix, flow));

        assertThat(reposted.status()).as(reposted.body()).isEqualTo(200);
        assertThat(single(reposted.json().path("statements")).path("status").asText()).isEqualTo("updated");
        assertThat(single(reposted.json().path("statements")).path("version").asInt()).isEqualTo(2);
        assertThat(single(again.json().path("statements")).path("status").asText()).isEqualTo("unchanged");
        assertThat(single(again.json().path("statements")).path("version").asInt()).isEqualTo(2);
        String run = Fixture.unique("run");
        Response started = api.postJson("/flow/" + flow + "/start", Map.of("name", run));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(fixture.awaitDispatch(run, "A").path()).isEqualTo("/" + prefix + "/ci-moved");
    }

    @Test
    void repostingAFlowChangesNothingAndChangingItDeploysVersionTwoWithItsNewBpmn() {
        String prefix = fixture.deployActions();
        String flow = Fixture.unique("flow");
        JsonNode first = single(api.postFsl("/flow", fixture.flow(prefix, flow)).json().path("statements"));

        Response same = api.postFsl("/flow", fixture.flow(prefix, flow));
        Response changed = api.postFsl("/flow", fixture.flow(prefix, flow).replace("REJECT->done", "REJECT->A"));

        assertThat(same.status()).as(same.body()).isEqualTo(200);
        assertThat(single(same.json().path("statements")).path("status").asText()).isEqualTo("unchanged");
        assertThat(single(same.json().path("statements")).path("version").asInt()).isEqualTo(1);
        assertThat(single(same.json().path("statements")).path("uuid").asText()).isEqualTo(first.path("uuid").asText());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(single(changed.json().path("statements")).path("status").asText()).isEqualTo("updated");
        assertThat(single(changed.json().path("statements")).path("version").asInt()).isEqualTo(2);
        assertThat(api.get("/flow/" + flow).json().path("versions")).hasSize(2);
        Document bpmn = XmlDocuments.parse(api.get("/flow/" + flow + "/bpmn").body());
        assertThat(sequenceFlowNames(bpmn, "Step_D")).containsExactlyInAnyOrder("AGREE", "REJECT");
        assertThat(targetOfState(bpmn, "Step_D", "REJECT")).isEqualTo("Step_A");
    }

    @Test
    void postsAFlowRunThatStartsAtOnce() {
        String prefix = fixture.deployActions();
        String run = Fixture.unique("run");

        Response posted = api.postFsl("/flowrun", fixture.flowRun(prefix, run));

        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        JsonNode statement = single(posted.json().path("statements"));
        assertThat(statement.path("kind").asText()).isEqualTo("flowrun");
        assertThat(statement.path("name").asText()).isEqualTo(run);
        assertThat(statement.path("status").asText()).isEqualTo("created");
        assertThat(statement.path("version").asInt()).isEqualTo(1);
        assertThat(statement.path("uuid").asText()).isNotBlank();
        Received dispatched = fixture.awaitDispatch(run, "A");
        assertThat(dispatched.json().path("project").asText()).isEqualTo("echoer");
        assertThat(dispatched.json().path("retry_count").isIntegralNumber()).isTrue();
        JsonNode view = api.get("/flowrun/" + run).json();
        assertThat(view.path("state").asText()).isEqualTo("running");
        assertThat(view.path("currentStep").asText()).isEqualTo("A");
        assertThat(view.path("uuid").asText()).isEqualTo(statement.path("processInstanceId").asText());
    }

    @Test
    void postsAWholeDocumentOfActionsFlowAndFlowRunAtOnce() {
        String prefix = Fixture.unique("doc");
        String flow = prefix + "_flow";
        String run = prefix + "_run";

        Response posted = api.postText("/fsl", fixture.actions(prefix) + "/\n" + fixture.flow(prefix, flow) + "/\n"
                + fixture.flowRun(prefix, run));

        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        assertThat(posted.json().path("statements")).extracting(s -> s.path("kind").asText() + " " + s.path("name").asText()
                + " " + s.path("status").asText())
                .containsExactly("action " + prefix + "_ci created", "action " + prefix + "_approve created",
                        "flow " + flow + " created", "flowrun " + run + " created");
        assertThat(names(api.get("/action?name=" + prefix).json())).containsExactly(prefix + "_approve", prefix + "_ci");
        assertThat(names(api.get("/flow?name=" + prefix).json())).containsExactly(flow);
        assertThat(fixture.awaitDispatch(run, "A").path()).isEqualTo("/" + prefix + "/ci");
    }

    @Test
    void checksADocumentAndReportsWarningsWithoutDeployingIt() {
        String prefix = Fixture.unique("chk");
        String document = """
                action %1$s_x
                    addr = "%2$s";
                    method = http;
                    args = (str a);
                    return = (OK);
                action_end
                flow %1$s_flow
                    step A => (OK->done) { action = %1$s_x; args = (a="1"); };
                    step B => (OK->A) { action = %1$s_x; args = (a="2"); };
                flow_end
                """.formatted(prefix, server.url("/x"));

        Response checked = api.postText("/fsl/check", document);

        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        JsonNode result = checked.json();
        assertThat(result.path("valid").asBoolean()).isTrue();
        assertThat(result.path("diagnostics")).singleElement().satisfies(warning -> {
            assertThat(warning.path("code").asText()).isEqualTo("UNREACHABLE_STEP");
            assertThat(warning.path("severity").asText()).isEqualTo("WARNING");
            assertThat(warning.path("line").asInt()).isEqualTo(9);
            assertThat(warning.path("column").asInt()).isEqualTo(10);
            assertThat(warning.path("message").asText()).contains("'B'");
        });
        JsonNode process = single(result.path("processes"));
        assertThat(process.path("name").asText()).isEqualTo(prefix + "_flow");
        Document bpmn = XmlDocuments.parse(process.path("bpmn").asText());
        assertThat(processId(bpmn)).isEqualTo(prefix + "_flow");
        assertThat(topics(bpmn)).containsOnly(prefix + "_x");
        assertThat(api.get("/action?name=" + prefix).json()).isEmpty();
        assertThat(api.get("/flow?name=" + prefix).json()).isEmpty();
    }

    @Test
    void checkAnswersInvalidDocumentsWithTheirErrorsAnd200() {
        String prefix = Fixture.unique("chk");
        String document = """
                flow %s_flow
                    step A => (OK->done) { action = %s_missing; };
                flow_end
                """.formatted(prefix, prefix);

        Response checked = api.postFsl("/fsl/check", document);

        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.json().path("valid").asBoolean()).isFalse();
        assertThat(checked.json().path("diagnostics")).anySatisfy(error -> {
            assertThat(error.path("code").asText()).isEqualTo("UNKNOWN_ACTION");
            assertThat(error.path("severity").asText()).isEqualTo("ERROR");
            assertThat(error.path("line").asInt()).isEqualTo(2);
            assertThat(error.path("column").asInt()).isEqualTo(37);
        });
        assertThat(api.get("/flow?name=" + prefix).json()).isEmpty();
    }

    // ---- GET lists and single resources

    @Test
    void listsActionsAndFlowsByNameFilterAndPage() {
        String prefix = fixture.deployActions();
        fixture.deployActions(); // others, which the filter leaves out
        String flowA = prefix + "_fa";
        String flowB = prefix + "_fb";
        api.postFsl("/flow", fixture.flow(prefix, flowA));
        api.postFsl("/flow", fixture.flow(prefix, flowB));

        assertThat(names(api.get("/action?name=" + prefix).json())).containsExactly(prefix + "_approve", prefix + "_ci");
        assertThat(names(api.get("/action?name=" + prefix + "&page=0&size=1").json())).containsExactly(prefix + "_approve");
        assertThat(names(api.get("/action?name=" + prefix + "&page=1&size=1").json())).containsExactly(prefix + "_ci");
        assertThat(names(api.get("/action?name=" + prefix + "&page=2&size=1").json())).isEmpty();
        assertThat(names(api.get("/flow?name=" + prefix).json())).containsExactly(flowA, flowB);
        assertThat(names(api.get("/flow?name=" + prefix + "&page=1&size=1").json())).containsExactly(flowB);
        assertThat(api.get("/action?name=" + prefix).json()).allSatisfy(a -> {
            assertThat(a.path("kind").asText()).isEqualTo("action");
            assertThat(a.path("version").asInt()).isEqualTo(1);
            assertThat(a.path("uuid").asText()).isNotBlank();
        });
    }

    @Test
    void listsFlowRunsByNameFilterAndPage() {
        String prefix = fixture.deployActions();
        String runs = Fixture.unique("runs");
        for (int i = 1; i <= 3; i++) {
            assertThat(api.postFsl("/flowrun", fixture.flowRun(prefix, runs + "_r" + i)).status()).isEqualTo(200);
        }

        JsonNode all = api.get("/flowrun?name=" + runs).json();
        List<String> firstPage = names(api.get("/flowrun?name=" + runs + "&page=0&size=2").json());
        List<String> secondPage = names(api.get("/flowrun?name=" + runs + "&page=1&size=2").json());

        assertThat(names(all)).containsExactlyInAnyOrder(runs + "_r1", runs + "_r2", runs + "_r3");
        assertThat(all).allSatisfy(run -> {
            assertThat(run.path("state").asText()).isEqualTo("running");
            assertThat(run.path("uuid").asText()).isNotBlank();
        });
        assertThat(firstPage).hasSize(2);
        assertThat(secondPage).hasSize(1);
        assertThat(concat(firstPage, secondPage)).containsExactlyInAnyOrderElementsOf(names(all));
        assertThat(api.get("/flowrun?name=" + runs + "&page=2&size=2").json()).isEmpty();
    }

    @Test
    void showsAFlowRunAndItsStepActivations() {
        String prefix = fixture.deployActions();
        String run = fixture.startRun(prefix);
        Received a = fixture.awaitDispatch(run, "A");
        Response callback = api.postJson("/step", Map.of("flowId", run, "stepName", "A", "ackState", "SUCCESS", "uuid", a.uuid(),
                "done", true, "data", Map.of("build", 7)));
        assertThat(callback.status()).as(callback.body()).isEqualTo(200);
        Received d = fixture.awaitDispatch(run, "D");

        JsonNode view = api.get("/flowrun/" + run).json();
        JsonNode steps = api.get("/step?flowId=" + run).json();
        JsonNode stepD = api.get("/step/D?flowId=" + run).json();
        JsonNode waiting = api.get("/step?size=1000").json();

        assertThat(view.path("name").asText()).isEqualTo(run);
        assertThat(view.path("state").asText()).isEqualTo("running");
        assertThat(view.path("currentStep").asText()).isEqualTo("D");
        assertThat(view.path("statesPassed")).extracting(JsonNode::asText).containsExactly("A", "D");
        assertThat(view.path("activations")).hasSize(2);
        JsonNode activationA = view.path("activations").get(0);
        assertThat(activationA.path("uuid").asText()).isEqualTo(a.uuid());
        assertThat(activationA.path("stepName").asText()).isEqualTo("A");
        assertThat(activationA.path("state").asText()).isEqualTo("SUCCESS");
        assertThat(activationA.path("done").asBoolean()).isTrue();
        assertThat(activationA.path("data").path("build").asInt()).isEqualTo(7);
        JsonNode activationD = view.path("activations").get(1);
        assertThat(activationD.path("uuid").asText()).isEqualTo(d.uuid());
        assertThat(activationD.path("done").asBoolean()).isFalse();
        assertThat(steps).extracting(s -> s.path("uuid").asText()).containsExactly(a.uuid(), d.uuid());
        assertThat(stepD).singleElement().satisfies(s -> assertThat(s.path("uuid").asText()).isEqualTo(d.uuid()));
        assertThat(waiting).anySatisfy(s -> {
            assertThat(s.path("uuid").asText()).isEqualTo(d.uuid());
            assertThat(s.path("stepName").asText()).isEqualTo("D");
        });
        assertThat(waiting).noneSatisfy(s -> assertThat(s.path("uuid").asText()).isEqualTo(a.uuid()));
    }

    @Test
    void takesCallbacksWithTheStatusesOfSectionFour() {
        String prefix = fixture.deployActions();
        String run = fixture.startRun(prefix);
        Received a = fixture.awaitDispatch(run, "A");

        Response unknown = fixture.callback(run, "A", "SUCCESS", UUID.randomUUID().toString(), true);
        Response mismatch = fixture.callback(run, "D", "SUCCESS", a.uuid(), true);
        Response waiting = fixture.callback(run, "A", null, a.uuid(), false);
        Response noTransition = fixture.callback(run, "A", "AGREE", a.uuid(), true);
        Response completed = fixture.callback(run, "A", "SUCCESS", a.uuid(), true);
        Response duplicate = fixture.callback(run, "A", "FAIL", a.uuid(), true);

        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(mismatch.status()).as(mismatch.body()).isEqualTo(400);
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(202);
        assertThat(noTransition.status()).as(noTransition.body()).isEqualTo(400);
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(200);
        assertThat(duplicate.json().path("status").asText()).isEqualTo("already done");
        fixture.awaitDispatch(run, "D");
        assertThat(server.received().stream().filter(r -> run.equals(r.json().path("flowId").asText())
                && "A".equals(r.stepName()))).hasSize(1);
    }

    // ---- DELETE

    @Test
    void deletesOneVersionOfAnActionByItsUuidThenTheWholeAction() {
        String name = Fixture.unique("ci");
        String first = single(api.postFsl("/action", fixture.action(name, "SUCCESS | FAIL")).json().path("statements"))
                .path("uuid").asText();
        String second = single(api.postFsl("/action", fixture.action(name, "SUCCESS")).json().path("statements"))
                .path("uuid").asText();

        Response oneVersion = api.delete("/action/" + name + "/" + second);
        JsonNode left = api.get("/action/" + name).json();
        Response whole = api.delete("/action/" + name);

        assertThat(oneVersion.status()).as(oneVersion.body()).isEqualTo(200);
        assertThat(left.path("versions")).extracting(v -> v.path("uuid").asText()).containsExactly(first);
        assertThat(left.path("current").path("fsl").asText()).contains("SUCCESS | FAIL");
        assertThat(whole.status()).as(whole.body()).isEqualTo(200);
        assertThat(api.get("/action/" + name).status()).isEqualTo(404);
        assertThat(api.get("/action?name=" + name).json()).isEmpty();
        assertThat(api.delete("/action/" + name).status()).isEqualTo(404);
    }

    @Test
    void deletesOneVersionOfAFlowByItsUuidThenTheWholeFlow() {
        String prefix = fixture.deployActions();
        String flow = Fixture.unique("flow");
        api.postFsl("/flow", fixture.flow(prefix, flow));
        String second = single(api.postFsl("/flow", fixture.flow(prefix, flow).replace("REJECT->done", "REJECT->A"))
                .json().path("statements")).path("uuid").asText();

        Response oneVersion = api.delete("/flow/" + flow + "/" + second);
        Document bpmnAfter = XmlDocuments.parse(api.get("/flow/" + flow + "/bpmn").body());
        Response whole = api.delete("/flow/" + flow);

        assertThat(oneVersion.status()).as(oneVersion.body()).isEqualTo(200);
        assertThat(targetOfState(bpmnAfter, "Step_D", "REJECT")).isNotEqualTo("Step_A");
        assertThat(whole.status()).as(whole.body()).isEqualTo(200);
        assertThat(api.get("/flow/" + flow).status()).isEqualTo(404);
        assertThat(api.get("/flow/" + flow + "/bpmn").status()).isEqualTo(404);
        assertThat(api.get("/flow?name=" + flow).json()).isEmpty();
        assertThat(api.delete("/flow/" + flow).status()).isEqualTo(404);
    }

    @Test
    void deletingARunningFlowRunStopsItAndFreesItsName() {
        String prefix = fixture.deployActions();
        String run = fixture.startRun(prefix);
        Received a = fixture.awaitAccepted(run, "A");

        Response deleted = api.delete("/flowrun/" + run);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(api.get("/flowrun/" + run).status()).isEqualTo(404);
        assertThat(names(api.get("/flowrun?name=" + run).json())).isEmpty();
        assertThat(fixture.callback(run, "A", "SUCCESS", a.uuid(), true).status()).isIn(404, 410);
        assertThat(api.delete("/flowrun/" + run).status()).isEqualTo(404);
        Response again = api.postFsl("/flowrun", fixture.flowRun(prefix, run));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(single(again.json().path("statements")).path("status").asText()).isEqualTo("created");
    }

    @Test
    void deletesAFlowRunByItsProcessInstanceId() {
        String prefix = fixture.deployActions();
        String run = Fixture.unique("run");
        String instance = single(api.postFsl("/flowrun", fixture.flowRun(prefix, run)).json().path("statements"))
                .path("processInstanceId").asText();
        fixture.awaitAccepted(run, "A");

        Response deleted = api.delete("/flowrun/" + run + "/" + instance);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(api.get("/flowrun/" + run).status()).isEqualTo(404);
    }

    // ---- POST /flow/{name}/start

    @Test
    void startsATemplateWhoseDispatchCarriesTheStartArguments() {
        String flow = Fixture.unique("order");
        String document = TestFsl.read("order-template.fsl")
                .replace("http://localhost:18080", server.url("/" + flow))
                .replace("http://localhost:18081", server.url("/" + flow + "_backup"))
                .replace("flow order", "flow " + flow);
        assertThat(api.postText("/fsl", document).status()).isEqualTo(200);
        String run = Fixture.unique("run");

        Response started = api.postJson("/flow/" + flow + "/start",
                Map.of("name", run, "args", Map.of("reserve", Map.of("order_id", "o-17", "quantity", 3))));

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().path("name").asText()).isEqualTo(run);
        assertThat(started.json().path("uuid").asText()).isEqualTo(api.get("/flowrun/" + run).json().path("uuid").asText());
        Received reserve = fixture.awaitDispatch(run, "reserve");
        assertThat(reserve.path()).isEqualTo("/" + flow + "/reserve");
        assertThat(reserve.json().path("order_id").asText()).isEqualTo("o-17");
        assertThat(reserve.json().path("quantity").isIntegralNumber()).as(reserve.text()).isTrue();
        assertThat(reserve.json().path("quantity").asInt()).isEqualTo(3);
        assertThat(reserve.json().path("ackStates")).extracting(JsonNode::asText).containsExactly("RESERVED", "OUT_OF_STOCK", "ERROR");
        assertThat(api.get("/flowrun/" + run).json().path("flow").asText()).isEqualTo(flow);
    }

    // ---- lifecycle

    @Test
    void pausedRunRefusesCallbacksUntilItContinues() {
        String prefix = fixture.deployActions();
        String run = fixture.startRun(prefix);
        Received a = fixture.awaitAccepted(run, "A");

        Response paused = api.post("/flowrun/" + run + "/pause", null, "");
        Response whilePaused = fixture.callback(run, "A", "SUCCESS", a.uuid(), true);
        JsonNode viewWhilePaused = api.get("/flowrun/" + run).json();
        Response continued = api.post("/flowrun/" + run + "/continue", null, "");
        Response afterContinue = fixture.callback(run, "A", "SUCCESS", a.uuid(), true);

        assertThat(paused.status()).as(paused.body()).isEqualTo(200);
        assertThat(paused.json().path("state").asText()).isEqualTo("paused");
        assertThat(whilePaused.status()).as(whilePaused.body()).isEqualTo(409);
        assertThat(viewWhilePaused.path("state").asText()).isEqualTo("paused");
        assertThat(viewWhilePaused.path("currentStep").asText()).isEqualTo("A");
        assertThat(viewWhilePaused.path("activations")).singleElement()
                .satisfies(activation -> assertThat(activation.path("done").asBoolean()).isFalse());
        assertThat(continued.status()).as(continued.body()).isEqualTo(200);
        assertThat(continued.json().path("state").asText()).isEqualTo("running");
        assertThat(afterContinue.status()).as(afterContinue.body()).isEqualTo(200);
        fixture.awaitDispatch(run, "D");
        assertThat(api.get("/flowrun/" + run).json().path("state").asText()).isEqualTo("running");
    }

    @Test
    void stoppedRunRefusesCallbacksWith410() {
        String prefix = fixture.deployActions();
        String run = fixture.startRun(prefix);
        Received a = fixture.awaitAccepted(run, "A");

        Response stopped = api.post("/flowrun/" + run + "/stop", null, "");

        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        assertThat(stopped.json().path("state").asText()).isEqualTo("stopped");
        assertThat(api.get("/flowrun/" + run).json().path("state").asText()).isEqualTo("stopped");
        Response callback = fixture.callback(run, "A", "SUCCESS", a.uuid(), true);
        assertThat(callback.status()).as(callback.body()).isEqualTo(410);
    }

    // ---- diagrams

    @Test
    void exportsAFlowAsBpmnAndSvg() {
        String prefix = fixture.deployActions();
        String flow = Fixture.unique("flow");
        api.postFsl("/flow", fixture.flow(prefix, flow));

        Response bpmn = api.get("/flow/" + flow + "/bpmn");
        Response svg = api.get("/flow/" + flow + "/svg");

        assertThat(bpmn.status()).isEqualTo(200);
        assertThat(bpmn.contentType()).startsWith("application/xml");
        Document model = XmlDocuments.parse(bpmn.body());
        assertThat(processId(model)).isEqualTo(flow);
        assertThat(bpmn.body()).contains("camunda:topic");
        assertThat(topics(model)).containsExactlyInAnyOrder(prefix + "_ci", prefix + "_approve");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        Document picture = XmlDocuments.parse(svg.body());
        assertThat(picture.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(XmlDocuments.classesOf(picture, "Step_A")).contains("task").doesNotContain("passed", "current");
    }

    @Test
    void marksThePassedAndTheCurrentStepInAFlowRunsPicture() {
        String prefix = fixture.deployActions();
        String run = fixture.startRun(prefix);
        Received a = fixture.awaitDispatch(run, "A");
        assertThat(fixture.callback(run, "A", "SUCCESS", a.uuid(), true).status()).isEqualTo(200);
        fixture.awaitDispatch(run, "D");

        Response bpmn = api.get("/flowrun/" + run + "/bpmn");
        Response svg = api.get("/flowrun/" + run + "/svg");

        assertThat(bpmn.status()).isEqualTo(200);
        assertThat(bpmn.contentType()).startsWith("application/xml");
        Document model = XmlDocuments.parse(bpmn.body());
        assertThat(processId(model)).isEqualTo(run);
        assertThat(topics(model)).containsExactlyInAnyOrder(prefix + "_ci", prefix + "_approve");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        Document picture = XmlDocuments.parse(svg.body());
        assertThat(XmlDocuments.classesOf(picture, "Step_A")).contains("passed").doesNotContain("current");
        assertThat(XmlDocuments.classesOf(picture, "Step_D")).contains("current").doesNotContain("passed");
    }

    // ---- events

    @Test
    void watchStreamsTheEventsOfARunAndFiltersByFlowId() {
        String prefix = fixture.deployActions();
        String run = Fixture.unique("run");
        String other = Fixture.unique("other");
        try (EventStream onlyRun = new EventStream(api.base() + "/watch?flowId=" + run);
                EventStream everything = new EventStream(api.base() + "/watch")) {
            // another run at the same time: the filtered watch must not show it, the unfiltered one must
            api.postFsl("/flowrun", fixture.flowRun(prefix, other));
            everything.awaitEvent(other, "FLOW_RUN_STARTED");

            api.postFsl("/flowrun", fixture.flowRun(prefix, run));
            // like a real service, call back once the dispatch was accepted
            onlyRun.awaitEvent(run, "STEP_DISPATCHED A");
            fixture.callback(run, "A", "SUCCESS", fixture.awaitDispatch(run, "A").uuid(), true);
            onlyRun.awaitEvent(run, "STEP_DISPATCHED D");
            fixture.callback(run, "D", "AGREE", fixture.awaitDispatch(run, "D").uuid(), true);
            onlyRun.awaitEvent(run, "FLOW_RUN_DONE");
            everything.awaitEvent(run, "FLOW_RUN_DONE");

            assertThat(onlyRun.statusAndType()).startsWith("200 text/event-stream");
            assertThat(types(onlyRun.events(), run)).containsExactly("FLOW_RUN_STARTED", "STEP_DISPATCHED A",
                    "STEP_ACKNOWLEDGED A", "STEP_DISPATCHED D", "STEP_ACKNOWLEDGED D", "FLOW_RUN_DONE");
            assertThat(onlyRun.events()).allSatisfy(event -> assertThat(event.path("flowId").asText()).isEqualTo(run));
            assertThat(types(everything.events(), run)).containsExactly("FLOW_RUN_STARTED", "STEP_DISPATCHED A",
                    "STEP_ACKNOWLEDGED A", "STEP_DISPATCHED D", "STEP_ACKNOWLEDGED D", "FLOW_RUN_DONE");
            assertThat(types(everything.events(), other)).contains("FLOW_RUN_STARTED", "STEP_DISPATCHED A");
        }
    }

    @Test
    void watchAnswersAtOnceBeforeAnyEventHappens() throws Exception {
        HttpRequest watch = HttpRequest.newBuilder(URI.create(api.base() + "/watch?flowId=" + Fixture.unique("quiet")))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(3)).build();

        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(watch, HttpResponse.BodyHandlers.ofLines());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        response.body().close();
    }

    @Test
    void watchShowsAStepDispatchedBeforeItIsAcknowledgedWhenTheServiceCallsBackAtOnce() {
        String prefix = fixture.deployActions();
        String run = Fixture.unique("run");
        String probe = Fixture.unique("probe");
        // echoer's demo services call back inside the dispatch request, before they answer it
        server.beforeAnswer(request -> {
            if (run.equals(request.json().path("flowId").asText())) {
                String state = "A".equals(request.stepName()) ? "SUCCESS" : "AGREE";
                fixture.callback(run, request.stepName(), state, request.uuid(), true);
            }
        });
        try (EventStream onlyRun = new EventStream(api.base() + "/watch?flowId=" + run);
                EventStream everything = new EventStream(api.base() + "/watch")) {
            api.postFsl("/flowrun", fixture.flowRun(prefix, probe));
            everything.awaitEvent(probe, "FLOW_RUN_STARTED");

            api.postFsl("/flowrun", fixture.flowRun(prefix, run));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(types(onlyRun.events(), run)).hasSize(6));
            assertThat(types(onlyRun.events(), run)).containsExactly("FLOW_RUN_STARTED", "STEP_DISPATCHED A",
                    "STEP_ACKNOWLEDGED A", "STEP_DISPATCHED D", "STEP_ACKNOWLEDGED D", "FLOW_RUN_DONE");
        } finally {
            server.beforeAnswer(request -> { });
        }
    }

    @Test
    void eventLogListsTheEventsOfARunMostRecentFirst() {
        String prefix = fixture.deployActions();
        String run = fixture.runToDone(prefix, Fixture.unique("run"));

        Response log = api.get("/event?size=1000");

        assertThat(log.status()).isEqualTo(200);
        List<JsonNode> ofRun = stream(log.json()).filter(e -> run.equals(e.path("flowId").asText())).toList();
        assertThat(types(ofRun, run)).containsExactlyInAnyOrder("FLOW_RUN_STARTED", "STEP_DISPATCHED A", "STEP_ACKNOWLEDGED A",
                "STEP_DISPATCHED D", "STEP_ACKNOWLEDGED D", "FLOW_RUN_DONE");
        List<Instant> times = stream(log.json()).map(e -> Instant.parse(e.path("time").asText())).toList();
        assertThat(times).isSortedAccordingTo((x, y) -> y.compareTo(x));
    }

    @Test
    void eventLogPagesHoldSizeEventsEachAndFollowOnWithoutGapsOrRepeats() {
        String prefix = fixture.deployActions();
        fixture.runToDone(prefix, Fixture.unique("run"));

        JsonNode firstFour = api.get("/event?page=0&size=4").json();
        JsonNode page0 = api.get("/event?page=0&size=2").json();
        JsonNode page1 = api.get("/event?page=1&size=2").json();

        assertThat(firstFour).hasSize(4);
        assertThat(page0).hasSize(2);
        assertThat(page1).hasSize(2);
        assertThat(concat(stream(page0).toList(), stream(page1).toList())).containsExactlyElementsOf(stream(firstFour).toList());
    }

    // ---- Camunda

    @Test
    void servesCamundasRestApiAndCockpit() {
        Response engines = api.get("/engine-rest/engine");
        Response cockpit = api.get("/camunda/app/cockpit/");

        assertThat(engines.status()).as(engines.body()).isEqualTo(200);
        assertThat(engines.json()).anySatisfy(engine -> assertThat(engine.path("name").asText()).isEqualTo("default"));
        assertThat(cockpit.status()).isIn(200, 302, 303);
        if (cockpit.status() == 200) {
            assertThat(cockpit.body()).containsIgnoringCase("cockpit");
        }
    }

    // ---- helpers

    private static JsonNode single(JsonNode array) {
        assertThat(array.isArray()).as("an array: %s", array).isTrue();
        assertThat(array).hasSize(1);
        return array.get(0);
    }

    private static List<String> names(JsonNode list) {
        assertThat(list.isArray()).as("a list: %s", list).isTrue();
        return stream(list).map(n -> n.path("name").asText()).toList();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** "TYPE" for run events, "TYPE STEP" for step events, of one flow run, in the order given. */
    private static List<String> types(List<JsonNode> events, String flowId) {
        return events.stream().filter(e -> flowId.equals(e.path("flowId").asText()))
                .map(e -> e.path("type").asText() + (e.hasNonNull("stepName") ? " " + e.get("stepName").asText() : ""))
                .toList();
    }

    private static String processId(Document bpmn) {
        NodeList processes = bpmn.getElementsByTagNameNS(BPMN_NS, "process");
        assertThat(processes.getLength()).isEqualTo(1);
        return ((Element) processes.item(0)).getAttribute("id");
    }

    private static List<String> topics(Document bpmn) {
        NodeList tasks = bpmn.getElementsByTagNameNS(BPMN_NS, "serviceTask");
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < tasks.getLength(); i++) {
            Element task = (Element) tasks.item(i);
            assertThat(task.getAttributeNS(CAMUNDA_NS, "type")).isEqualTo("external");
            topics.add(task.getAttributeNS(CAMUNDA_NS, "topic"));
        }
        return topics;
    }

    /** The names of the sequence flows leaving the gateway after a task. */
    private static List<String> sequenceFlowNames(Document bpmn, String taskId) {
        return gatewayFlows(bpmn, taskId).keySet().stream().toList();
    }

    private static String targetOfState(Document bpmn, String taskId, String state) {
        return gatewayFlows(bpmn, taskId).get(state);
    }

    /** state -> target id of the routes out of the gateway that follows the task. */
    private static Map<String, String> gatewayFlows(Document bpmn, String taskId) {
        NodeList flows = bpmn.getElementsByTagNameNS(BPMN_NS, "sequenceFlow");
        String gateway = null;
        for (int i = 0; i < flows.getLength(); i++) {
            Element flow = (Element) flows.item(i);
            if (taskId.equals(flow.getAttribute("sourceRef"))) {
                gateway = flow.getAttribute("targetRef");
            }
        }
        Map<String, String> routes = new LinkedHashMap<>();
        for (int i = 0; i < flows.getLength(); i++) {
            Element flow = (Element) flows.item(i);
            if (flow.getAttribute("sourceRef").equals(gateway)) {
                routes.put(flow.getAttribute("name"), flow.getAttribute("targetRef"));
            }
        }
        return routes;
    }

    /**
     * {@code GET /watch} read line by line in a background thread; the events are its {@code data:} lines
     * as JSON. Made once the server has answered: it answers at once (with a comment line), after it has
     * subscribed the stream, so nothing the test does afterwards can be missed.
     */
    private static final class EventStream implements AutoCloseable {

        private static final ObjectMapper JSON = new ObjectMapper();

        private final List<JsonNode> events = new CopyOnWriteArrayList<>();
        private final CompletableFuture<HttpResponse<Stream<String>>> response;

        EventStream(String url) {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build(),
                            HttpResponse.BodyHandlers.ofLines());
            response.thenAcceptAsync(this::read, runnable -> {
                Thread reader = new Thread(runnable, "watch-reader");
                reader.setDaemon(true);
                reader.start();
            });
            await().atMost(Duration.ofSeconds(30)).until(response::isDone);
        }

        List<JsonNode> events() {
            return List.copyOf(events);
        }

        /** Waits until the run's event "TYPE" or "TYPE STEP" has arrived. */
        void awaitEvent(String flowId, String typeAndStep) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .until(() -> types(events(), flowId).contains(typeAndStep));
        }

        /** The status and content type, once the first event has arrived. */
        String statusAndType() {
            HttpResponse<Stream<String>> answer = response.join();
            return answer.statusCode() + " " + answer.headers().firstValue("Content-Type").orElse("");
        }

        private void read(HttpResponse<Stream<String>> answer) {
            try (Stream<String> lines = answer.body()) {
                lines.filter(line -> line.startsWith("data:")).forEach(line -> events.add(parse(line.substring(5))));
            } catch (UncheckedIOException closed) {
                // the test closed the stream: the reader's work is over
            }
        }

        private static JsonNode parse(String data) {
            try {
                return JSON.readTree(data);
            } catch (IOException e) {
                throw new AssertionError("an event that is not JSON: " + data, e);
            }
        }

        @Override
        public void close() {
            response.thenAccept(answer -> answer.body().close());
            response.cancel(true);
        }
    }
}
