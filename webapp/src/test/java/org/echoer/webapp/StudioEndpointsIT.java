package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.echoer.webapp.support.TestFsl;
import org.echoer.webapp.support.XmlDocuments;
import org.echoer.webapp.support.ApiClient.Response;
import org.echoer.webapp.support.EchoerAppTest;
import org.echoer.webapp.support.EndpointTestBase;
import org.echoer.webapp.support.Fixture;
import org.echoer.webapp.support.RecordingActionServer.Received;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * What the studio page needs from the server: the page itself at {@code /} (not Camunda's redirect), its
 * modules, the preview picture of a document not yet submitted ({@code POST /fsl/svg}) and the current
 * step in the run list.
 */
@EchoerAppTest
class StudioEndpointsIT extends EndpointTestBase {

    private static final List<String> MODULES = List.of("api.js", "diagnostics.js", "diagram.js", "download.js", "editor.js",
            "format.js", "highlight.js", "html.js", "run-page.js", "runs.js", "studio.js", "watch.js");

    // ---- the page

    @Test
    void servesTheStudioPageAtTheRootInsteadOfRedirectingToCamunda() {
        Response page = api.get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<title>echoer studio</title>", "studio/studio.js");
        assertThat(api.get("/camunda/app/cockpit/").status()).isIn(200, 302, 303);
    }

    @Test
    void servesTheRunPageTheStylesheetAndEveryModuleAsJavaScript() {
        assertThat(api.get("/run.html").body()).contains("studio/run-page.js");
        assertThat(api.get("/studio/studio.css").contentType()).startsWith("text/css");
        for (String module : MODULES) {
            Response script = api.get("/studio/" + module);

            assertThat(script.status()).as(module).isEqualTo(200);
            // ES modules load only when served with a JavaScript type
            assertThat(script.contentType()).as(module).matches("(text|application)/javascript.*");
        }
    }

    // ---- POST /fsl/svg

    @Test
    void drawsTheFirstFlowOfADocumentWithoutDeployingAnything() {
        String prefix = Fixture.unique("svg");
        String flow = prefix + "_flow";

        Response svg = api.postText("/fsl/svg", fixture.actions(prefix) + "/\n" + fixture.flow(prefix, flow) + "/\n"
                + fixture.flowRun(prefix, prefix + "_run"));

        assertThat(svg.status()).as(svg.body()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        Document picture = XmlDocuments.parse(svg.body());
        assertThat(picture.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(XmlDocuments.classesOf(picture, "Step_A")).contains("task").doesNotContain("passed", "current");
        assertThat(XmlDocuments.classesOf(picture, "Step_D")).contains("task");
        assertThat(api.get("/flow/" + flow).status()).isEqualTo(404);
        assertThat(api.get("/action/" + prefix + "_ci").status()).isEqualTo(404);
        assertThat(api.get("/flowrun/" + prefix + "_run").status()).isEqualTo(404);
    }

    @Test
    void drawsTheFlowNamedInTheQuery() {
        String prefix = Fixture.unique("svg");
        String document = fixture.actions(prefix) + "/\n" + fixture.flow(prefix, prefix + "_first") + "/\n" + """
                flow %1$s_second
                    step Only => (SUCCESS->done | FAIL->done) { action = %1$s_ci; };
                flow_end
                """.formatted(prefix);

        Response svg = api.postText("/fsl/svg?name=" + prefix + "_second", document);

        assertThat(svg.status()).as(svg.body()).isEqualTo(200);
        assertThat(XmlDocuments.groupIds(XmlDocuments.parse(svg.body()))).contains("Step_Only").doesNotContain("Step_A", "Step_D");
    }

    @Test
    void takesEchoersJsonFormToo() {
        String prefix = Fixture.unique("svg");

        Response svg = api.postFsl("/fsl/svg", fixture.actions(prefix) + "/\n" + fixture.flow(prefix, prefix + "_flow"));

        assertThat(svg.status()).as(svg.body()).isEqualTo(200);
        assertThat(XmlDocuments.groupIds(XmlDocuments.parse(svg.body()))).contains("Step_A", "Step_D");
    }

    @Test
    void answersADocumentWithErrorsWith400AndItsDiagnostics() {
        String prefix = Fixture.unique("svg");
        String document = fixture.actions(prefix) + "/\n" + fixture.flow(prefix, prefix + "_flow").replace(prefix + "_approve", "nope");

        Response answer = api.postText("/fsl/svg", document);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode error = answer.json();
        assertThat(error.path("error").asText()).isEqualTo("invalid FSL");
        assertThat(error.path("message").asText()).contains("unknown action 'nope'");
        assertThat(error.path("line").asInt()).isEqualTo(TestFsl.lineOf(document, "action = nope"));
        assertThat(error.path("column").asInt()).isPositive();
        assertThat(error.path("diagnostics")).isNotEmpty();
    }

    @Test
    void answers400WhenThereIsNoFlowToDrawOrNoneOfThatName() {
        String prefix = Fixture.unique("svg");

        Response onlyActions = api.postText("/fsl/svg", fixture.actions(prefix));
        Response unknownName = api.postText("/fsl/svg?name=missing",
                fixture.actions(prefix) + "/\n" + fixture.flow(prefix, prefix + "_flow"));

        assertThat(onlyActions.status()).isEqualTo(400);
        assertThat(onlyActions.json().path("message").asText()).isEqualTo("the document holds no flow or flow_run to draw");
        assertThat(unknownName.status()).isEqualTo(400);
        assertThat(unknownName.json().path("message").asText()).isEqualTo("the document holds no flow or flow_run 'missing'");
    }

    @Test
    void answersAnEmptyOrUnreadableBodyWithTheErrorJson() {
        assertThat(api.postText("/fsl/svg", "").status()).isEqualTo(400);
        assertThat(api.postBytes("/fsl/svg", "image/png", new byte[] {1, 2, 3}).status()).isEqualTo(415);
    }

    // ---- the run list

    @Test
    void listsTheStepEachRunWaitsAtAndNoneOnceItIsDone() {
        String prefix = fixture.deployActions();
        String waiting = fixture.startRun(prefix);
        fixture.awaitDispatch(waiting, "A");
        String finished = fixture.runToDone(prefix, Fixture.unique("run"));

        JsonNode waitingRow = single(api.get("/flowrun?name=" + waiting).json());
        JsonNode finishedRow = single(api.get("/flowrun?name=" + finished).json());

        assertThat(waitingRow.path("currentStep").asText()).isEqualTo("A");
        assertThat(waitingRow.path("uuid").asText()).isEqualTo(api.get("/flowrun/" + waiting).json().path("uuid").asText());
        assertThat(finishedRow.path("state").asText()).isEqualTo("done");
        assertThat(finishedRow.has("currentStep")).isFalse();
    }

    @Test
    void listsTheCurrentStepAfterTheRunMovedOn() {
        String prefix = fixture.deployActions();
        String run = fixture.startRun(prefix);
        Received a = fixture.awaitDispatch(run, "A");
        assertThat(fixture.callback(run, "A", "SUCCESS", a.uuid(), true).status()).isEqualTo(200);
        fixture.awaitDispatch(run, "D");

        JsonNode row = single(api.get("/flowrun?name=" + run).json());

        assertThat(row.path("currentStep").asText()).isEqualTo("D");
        assertThat(row.path("state").asText()).isEqualTo("running");
    }

    private static JsonNode single(JsonNode array) {
        assertThat(array).hasSize(1);
        return array.get(0);
    }

}
