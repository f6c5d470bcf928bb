package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echoer.webapp.support.ErrorJson.error;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.echoer.webapp.support.ApiClient.Response;
import org.echoer.webapp.support.EchoerAppTest;
import org.echoer.webapp.support.EndpointTestBase;
import org.echoer.webapp.support.Fixture;
import org.echoer.webapp.support.RecordingActionServer.Received;
import org.junit.jupiter.api.Test;

/**
 * The error answers of docs/api.md ("Errors") over real HTTP: JSON {@code {error, message, line, column}} with
 * 400, 404, 409 or 415, exact FSL positions, nothing deployed by a rejected request, and never a 500.
 */
@EchoerAppTest
class ErrorResponsesIT extends EndpointTestBase {

    // ---- bad FSL

    @Test
    void reportsAMissingSemicolonAtTheEndOfItsLine() {
        String name = Fixture.unique("syntax");
        String fsl = """
                action %s
                    addr = "http://127.0.0.1:9/x";
                    method = http
                    args = (str a);
                    return = (OK);
                action_end
                """.formatted(name);

        Response posted = api.postFsl("/action", fsl);

        JsonNode error = error(posted, 400);
        assertThat(error.path("error").asText()).isEqualTo("invalid FSL");
        assertThat(error.path("line").asInt()).isEqualTo(3);
        assertThat(error.path("column").asInt()).isEqualTo(18);
        assertThat(error.path("message").asText()).contains("';'").contains("'http'");
        assertThat(error.path("diagnostics")).singleElement().satisfies(d -> {
            assertThat(d.path("code").asText()).isEqualTo("SYNTAX");
            assertThat(d.path("severity").asText()).isEqualTo("ERROR");
            assertThat(d.path("line").asInt()).isEqualTo(3);
            assertThat(d.path("column").asInt()).isEqualTo(18);
        });
        assertThat(api.get("/action?name=" + name).json()).isEmpty();
    }

    @Test
    void reportsAnUnexpectedTokenWhereItStands() {
        String name = Fixture.unique("syntax");
        String fsl = """
                action %s
                    addr == "http://127.0.0.1:9/x";
                action_end
                """.formatted(name);

        Response posted = api.postText("/action", fsl);

        JsonNode error = error(posted, 400);
        assertThat(error.path("line").asInt()).isEqualTo(2);
        assertThat(error.path("column").asInt()).isEqualTo(11);
        assertThat(error.path("message").asText()).startsWith("unexpected '='");
        assertThat(error.path("diagnostics")).singleElement().satisfies(d -> assertThat(d.path("code").asText()).isEqualTo("SYNTAX"));
    }

    @Test
    void reportsAnUnknownActionAtItsName() {
        String flow = Fixture.unique("flow");
        String fsl = """
                flow %s
                    step A => (OK->done) {
                        action = nowhere_to_be_found;
                    };
                flow_end
                """.formatted(flow);

        Response posted = api.postFsl("/flow", fsl);

        JsonNode error = error(posted, 400);
        assertThat(error.path("error").asText()).isEqualTo("invalid FSL");
        assertThat(error.path("message").asText()).contains("unknown action 'nowhere_to_be_found'");
        assertThat(error.path("line").asInt()).isEqualTo(3);
        assertThat(error.path("column").asInt()).isEqualTo(18);
        assertThat(error.path("diagnostics")).anySatisfy(d -> {
            assertThat(d.path("code").asText()).isEqualTo("UNKNOWN_ACTION");
            assertThat(d.path("line").asInt()).isEqualTo(3);
            assertThat(d.path("column").asInt()).isEqualTo(18);
        });
        assertThat(api.get("/flow/" + flow).status()).isEqualTo(404);
    }

    @Test
    void suggestsTheDeployedActionAMisspeltNameMeant() {
        String prefix = fixture.deployActions();
        String flow = Fixture.unique("flow");
        String fsl = """
                flow %s
                    step A => (SUCCESS->done | FAIL->A) { action = %s_cii; };
                flow_end
                """.formatted(flow, prefix);

        Response posted = api.postFsl("/flow", fsl);

        JsonNode error = error(posted, 400);
        assertThat(error.path("message").asText()).isEqualTo(
                "unknown action '" + prefix + "_cii' in step 'A' in flow '" + flow + "'; did you mean '" + prefix + "_ci'?");
        assertThat(error.path("line").asInt()).isEqualTo(2);
    }

    @Test
    void suggestsTheKeywordAMisspeltOneMeant() {
        Response posted = api.postText("/fsl", "actoin " + Fixture.unique("ci") + "\n");

        JsonNode error = error(posted, 400);
        assertThat(error.path("message").asText()).endsWith("; did you mean 'action'?");
        assertThat(error.path("line").asInt()).isEqualTo(1);
        assertThat(error.path("column").asInt()).isEqualTo(1);
    }

    @Test
    void aDocumentWithAValidActionAndABrokenFlowDeploysNothing() {
        String prefix = Fixture.unique("all");
        String fsl = fixture.action(prefix + "_ok", "SUCCESS | FAIL") + """
                /
                flow %1$s_flow
                    step A => (SUCCESS->B) { action = %1$s_ok; };
                flow_end
                """.formatted(prefix);

        Response posted = api.postText("/fsl", fsl);

        JsonNode error = error(posted, 400);
        assertThat(error.path("diagnostics")).anySatisfy(d -> assertThat(d.path("code").asText()).isEqualTo("UNKNOWN_TARGET"));
        assertThat(error.path("line").asInt()).isEqualTo(9);
        assertThat(api.get("/action?name=" + prefix).json()).isEmpty();
        assertThat(api.get("/flow?name=" + prefix).json()).isEmpty();
    }

    @Test
    void aDocumentWhoseFlowRunNameIsTakenDeploysNothing() {
        String prefix = fixture.deployActions();
        String run = fixture.startRun(prefix);
        String fresh = Fixture.unique("fresh");

        Response posted = api.postText("/fsl", fixture.action(fresh, "SUCCESS") + "/\n" + fixture.flowRun(prefix, run));

        JsonNode error = error(posted, 409);
        assertThat(error.path("message").asText()).isEqualTo("flow run '" + run + "' exists already");
        // the name of the flow_run after the 7 lines of the action and its '/'
        assertThat(error.path("line").asInt()).isEqualTo(8);
        assertThat(error.path("column").asInt()).isEqualTo("flow_run ".length() + 1);
        assertThat(api.get("/action?name=" + fresh).json()).isEmpty();
        assertThat(api.get("/flowrun?name=" + run).json()).hasSize(1);
    }

    @Test
    void refusesAFlowRunNameThatExists() {
        String prefix = fixture.deployActions();
        String run = fixture.startRun(prefix);

        Response again = api.postFsl("/flowrun", fixture.flowRun(prefix, run));

        JsonNode error = error(again, 409);
        assertThat(error.path("error").asText()).isEqualTo("conflict");
        assertThat(error.path("message").asText()).isEqualTo("flow run '" + run + "' exists already");
        assertThat(error.path("line").asInt()).isEqualTo(1);
        assertThat(error.path("column").asInt()).isEqualTo("flow_run ".length() + 1);
        assertThat(api.get("/flowrun?name=" + run).json()).hasSize(1);
    }

    @Test
    void refusesAStatementOfTheWrongKind() {
        String prefix = fixture.deployActions();
        String flow = Fixture.unique("flow");

        Response flowToAction = api.postFsl("/action", fixture.flow(prefix, flow));
        Response actionToFlow = api.postText("/flow", fixture.action(Fixture.unique("ci"), "OK"));
        Response flowToFlowRun = api.postFsl("/flowrun", fixture.flow(prefix, flow));

        JsonNode error = error(flowToAction, 400);
        assertThat(error.path("message").asText()).contains("POST /action").contains(flow);
        assertThat(error.path("line").asInt()).isEqualTo(1);
        assertThat(error.path("column").asInt()).isEqualTo(1);
        assertThat(error.path("diagnostics")).singleElement()
                .satisfies(d -> assertThat(d.path("code").asText()).isEqualTo("UNEXPECTED_STATEMENT"));
        error(actionToFlow, 400);
        error(flowToFlowRun, 400);
        assertThat(api.get("/flow/" + flow).status()).isEqualTo(404);
    }

    @Test
    void refusesTwoStatementsPostedToAction() {
        String first = Fixture.unique("ci");
        String second = Fixture.unique("ci");
        String fsl = fixture.action(first, "OK") + "/\n" + fixture.action(second, "OK");

        Response posted = api.postFsl("/action", fsl);

        JsonNode error = error(posted, 400);
        assertThat(error.path("message").asText()).contains("one statement");
        assertThat(error.path("line").asInt()).isEqualTo(8);
        assertThat(error.path("column").asInt()).isEqualTo(1);
        assertThat(api.get("/action?name=" + first).json()).isEmpty();
        assertThat(api.get("/action?name=" + second).json()).isEmpty();
    }

    // ---- bodies

    @Test
    void refusesAnUnsupportedContentTypeWith415() {
        String fsl = fixture.action(Fixture.unique("ci"), "OK");

        for (String path : List.of("/action", "/flow", "/flowrun", "/fsl", "/fsl/check")) {
            Response posted = api.post(path, "application/xml", "<fsl>" + fsl + "</fsl>");

            assertThat(error(posted, 415).path("error").asText()).as(path).isEqualTo("unsupported media type");
        }
    }

    @Test
    void refusesMalformedJsonAndJsonWithoutData() {
        for (String path : List.of("/action", "/flow", "/flowrun", "/fsl", "/fsl/check")) {
            assertThat(error(api.postJson(path, "{\"data\": \"action x"), 400).path("error").asText()).as(path)
                    .isEqualTo("bad request");
            assertThat(error(api.postJson(path, "{\"fsl\": \"action x\"}"), 400).path("message").asText()).as(path)
                    .contains("data");
            error(api.postJson(path, "{\"data\": 42}"), 400);
            error(api.postJson(path, "[\"action x\"]"), 400);
        }
    }

    @Test
    void refusesAnEmptyBody() {
        for (String path : List.of("/action", "/flow", "/flowrun", "/fsl")) {
            error(api.postText(path, ""), 400);
            error(api.postJson(path, ""), 400);
            error(api.postFsl(path, "  \n# only a comment\n"), 400);
        }
        error(api.postJson("/fsl/check", ""), 400);
    }

    // ---- lists and single resources

    @Test
    void answersUnknownNamesWith404Json() {
        String nobody = Fixture.unique("nobody");

        for (String path : List.of("/action/" + nobody, "/flow/" + nobody, "/flowrun/" + nobody, "/flow/" + nobody + "/bpmn",
                "/flow/" + nobody + "/svg", "/flowrun/" + nobody + "/bpmn", "/flowrun/" + nobody + "/svg",
                "/step?flowId=" + nobody, "/step/A?flowId=" + nobody)) {
            assertThat(error(api.get(path), 404).path("error").asText()).as(path).isEqualTo("not found");
        }
        for (String path : List.of("/action/" + nobody, "/action/" + nobody + "/some-uuid", "/flow/" + nobody,
                "/flow/" + nobody + "/some-uuid", "/flowrun/" + nobody, "/flowrun/" + nobody + "/some-uuid")) {
            error(api.delete(path), 404);
        }
        for (String verb : List.of("pause", "continue", "stop")) {
            error(api.post("/flowrun/" + nobody + "/" + verb, null, ""), 404);
        }
        error(api.postJson("/flow/" + nobody + "/start", Map.of("name", Fixture.unique("run"))), 404);
    }

    @Test
    void deleteWithAUuidThatIsNotTheThingsAnswers404AndKeepsIt() {
        String prefix = fixture.deployActions();
        String flow = Fixture.unique("flow");
        api.postFsl("/flow", fixture.flow(prefix, flow));
        String run = fixture.startRun(prefix);
        String otherInstance = api.get("/flowrun/" + fixture.startRun(prefix)).json().path("uuid").asText();

        error(api.delete("/action/" + prefix + "_ci/not-a-deployment"), 404);
        error(api.delete("/flow/" + flow + "/not-a-deployment"), 404);
        error(api.delete("/flowrun/" + run + "/" + otherInstance), 404);

        assertThat(api.get("/action/" + prefix + "_ci").status()).isEqualTo(200);
        assertThat(api.get("/flow/" + flow).status()).isEqualTo(200);
        assertThat(api.get("/flowrun/" + run).json().path("state").asText()).isEqualTo("running");
    }

    @Test
    void refusesBadPagingWith400() {
        for (String list : List.of("/action", "/flow", "/flowrun", "/step", "/event")) {
            for (String paging : List.of("page=-1", "size=0", "size=-5", "size=100000", "page=abc", "size=1.5")) {
                Response answer = api.get(list + "?" + paging);

                assertThat(error(answer, 400).path("error").asText()).as(list + "?" + paging).isEqualTo("bad request");
            }
        }
    }

    @Test
    void answersAPageFarBeyondTheEndWithAnEmptyList() {
        Map<String, String> answers = new LinkedHashMap<>();

        for (String list : List.of("/action", "/flow", "/flowrun", "/step", "/event")) {
            Response answer = api.get(list + "?page=2147483647&size=1000");
            answers.put(list, answer.status() + " " + answer.body());
        }

        assertThat(answers).containsExactly(entry("/action", "200 []"), entry("/flow", "200 []"), entry("/flowrun", "200 []"),
                entry("/step", "200 []"), entry("/event", "200 []"));
    }

    @Test
    void filtersFlowRunsByPlainSubstringLikeTheOtherLists() {
        String prefix = fixture.deployActions();
        String base = Fixture.unique("sub");
        String underscored = base + "_ab";
        String lookalike = base + "xab";
        fixture.runNamed(prefix, underscored);
        fixture.runNamed(prefix, lookalike);

        JsonNode runs = api.get("/flowrun?name=" + underscored).json();

        assertThat(runs).extracting(r -> r.path("name").asText()).containsExactly(underscored);
    }

    @Test
    void answersAStepQueryWithoutFlowIdWith400() {
        JsonNode error = error(api.get("/step/A"), 400);

        assertThat(error.path("message").asText()).contains("flowId");
    }

    // ---- starting templates

    @Test
    void refusesStartArgumentsThatDoNotFitTheFlow() {
        String prefix = fixture.deployActions();
        String flow = Fixture.unique("flow");
        api.postFsl("/flow", fixture.flow(prefix, flow));
        String run = Fixture.unique("run");
        String start = "/flow/" + flow + "/start";

        List<Response> answers = List.of(
                api.postJson(start, Map.of("name", run, "args", Map.of("A", Map.of("no_such_arg", 1)))),
                api.postJson(start, Map.of("name", run, "args", Map.of("A", Map.of("retry_count", "three")))),
                api.postJson(start, Map.of("name", run, "args", Map.of("A", Map.of("retry_count", 2.5)))),
                api.postJson(start, Map.of("name", run, "args", Map.of("A", Map.of("project", 7)))),
                api.postJson(start, Map.of("name", run, "args", Map.of("Z", Map.of("project", "x")))),
                api.postJson(start, Map.of("name", run, "args", Map.of("A", "project=x"))),
                api.postJson(start, Map.of("name", run, "args", List.of(1, 2))),
                api.postJson(start, Map.of("args", Map.of())),
                api.postJson(start, "{\"name\": "),
                api.post(start, "application/json", ""));

        assertThat(answers).allSatisfy(answer -> assertThat(error(answer, 400).path("error").asText()).isEqualTo("bad request"));
        assertThat(error(answers.get(0), 400).path("message").asText()).contains("no_such_arg");
        assertThat(error(answers.get(1), 400).path("message").asText()).contains("retry_count");
        assertThat(error(answers.get(4), 400).path("message").asText()).contains("'Z'");
        assertThat(api.get("/flowrun/" + run).status()).isEqualTo(404);
    }

    @Test
    void refusesToStartARunUnderANameThatExists() {
        String prefix = fixture.deployActions();
        String flow = Fixture.unique("flow");
        api.postFsl("/flow", fixture.flow(prefix, flow));
        String run = fixture.startRun(prefix);

        Response started = api.postJson("/flow/" + flow + "/start", Map.of("name", run));

        assertThat(error(started, 409).path("message").asText()).contains(run);
        // still the flow_run's own shape, not the template
        assertThat(api.get("/flowrun/" + run).json().path("flow").asText()).startsWith("flowrun_").isNotEqualTo(flow);
    }

    @Test
    void startsOfOneNameAtTheSameTimeMakeOneRunWhileOtherNamesStartBesideThem() throws Exception {
        String prefix = fixture.deployActions();
        String flow = Fixture.unique("flow");
        api.postFsl("/flow", fixture.flow(prefix, flow));
        String contested = Fixture.unique("run");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            names.add(i % 3 == 0 ? Fixture.unique("run") : contested);
        }

        // starts arriving together share transactions; two of one name must never both find it free
        assertOneRunOfTheContestedName(names, contested, name -> api.postJson("/flow/" + flow + "/start", Map.of("name", name)));
        assertThat(api.get("/flowrun/" + contested).status()).isEqualTo(200);
    }

    @Test
    void flowRunsOfOneNameSubmittedAtTheSameTimeMakeOneRun() throws Exception {
        String prefix = fixture.deployActions();
        String contested = Fixture.unique("run");
        String other = Fixture.unique("run");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            names.add(i % 4 == 0 ? other + i : contested);
        }

        // each submission checks the name, then deploys and starts: two must never both find it free
        assertOneRunOfTheContestedName(names, contested, name -> api.postFsl("/flowrun", fixture.flowRun(prefix, name)));
        assertThat(api.get("/flowrun/" + contested).status()).isEqualTo(200);
    }

    /** Starts a run of each name at the same time: the contested name gets one run, every other name its own. */
    private static void assertOneRunOfTheContestedName(List<String> names, String contested, Function<String, Response> start)
            throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(names.size());
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (String name : names) {
                answers.add(callers.submit(() -> start.apply(name)));
            }
            Map<String, List<Integer>> statuses = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                statuses.computeIfAbsent(names.get(i), n -> new ArrayList<>()).add(answers.get(i).get(60, TimeUnit.SECONDS).status());
            }

            assertThat(statuses.get(contested)).hasSize(Collections.frequency(names, contested)).containsOnlyOnce(200)
                    .containsOnly(200, 409);
            statuses.forEach((name, codes) -> {
                if (!name.equals(contested)) {
                    assertThat(codes).as(name).containsExactly(200);
                }
            });
        } finally {
            callers.shutdownNow();
        }
    }

    // ---- lifecycle

    @Test
    void refusesToPauseContinueOrStopARunThatIsDone() {
        String prefix = fixture.deployActions();
        String run = fixture.runToDone(prefix, Fixture.unique("run"));

        for (String verb : List.of("pause", "continue", "stop")) {
            assertThat(error(api.post("/flowrun/" + run + "/" + verb, null, ""), 409).path("error").asText()).as(verb)
                    .isEqualTo("conflict");
        }
        assertThat(api.get("/flowrun/" + run).json().path("state").asText()).isEqualTo("done");
    }

    @Test
    void refusesToPauseAStoppedRun() {
        String prefix = fixture.deployActions();
        String run = fixture.startRun(prefix);
        Received a = fixture.awaitAccepted(run, "A");
        assertThat(api.post("/flowrun/" + run + "/stop", null, "").status()).isEqualTo(200);

        error(api.post("/flowrun/" + run + "/pause", null, ""), 409);
        error(api.post("/flowrun/" + run + "/stop", null, ""), 409);

        assertThat(fixture.callback(run, "A", "SUCCESS", a.uuid(), true).status()).isEqualTo(410);
    }

    @Test
    void deletesAndStopsRunsWhoseFirstStepIsStillBeingDispatched() {
        String prefix = fixture.deployActions();
        Map<String, String> answers = new LinkedHashMap<>();

        for (int i = 0; i < 5; i++) {
            String deleted = fixture.startRun(prefix);
            Response delete = api.delete("/flowrun/" + deleted);
            answers.put("DELETE " + deleted, delete.status() + " " + delete.body());
            String stopped = fixture.startRun(prefix);
            Response stop = api.post("/flowrun/" + stopped + "/stop", null, "");
            answers.put("stop " + stopped, stop.status() + " " + stop.body());
        }

        assertThat(answers).allSatisfy((request, answer) -> assertThat(answer).as(request).startsWith("200 "));
    }

    // ---- helpers

}
