package org.echoer.cli.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.echoer.cli.support.CliRun;
import org.echoer.cli.support.ClosedPort;
import org.echoer.cli.support.SeedDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code echoer bpmn|svg|check}: no server involved (ECHOER_SERVER points at nothing to prove it). */
class OfflineCommandsTest {

    private static final Path BAD = Path.of("src/test/resources/fsl/unknown-action.fsl");

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun().env("ECHOER_SERVER", ClosedPort.url());

    @Test
    void bpmnWritesOneModelPerFlowRun() throws Exception {
        CliRun.Result result = cli.run("bpmn", SeedDemo.FILE.toString(), "-o", dir.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path bpmn = dir.resolve("my_flow_run.bpmn");
        assertThat(result.out()).isEqualTo("wrote " + bpmn + System.lineSeparator());
        assertThat(Files.readString(bpmn)).contains("camunda:type=\"external\"").contains("camunda:topic=\"ci\"").contains("bpmndi:BPMNDiagram");
        assertThat(dir.resolve("my_flow_run.svg")).doesNotExist();
    }

    @Test
    void svgWritesOneDiagramPerFlowRun() throws Exception {
        CliRun.Result result = cli.run("svg", SeedDemo.FILE.toString(), "--dir", dir.resolve("pictures").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(dir.resolve("pictures/my_flow_run.svg"))).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("</svg>");
    }

    @Test
    void checkPrintsTheErrorUnderItsLineAndExitsOne() {
        CliRun.Result result = cli.run("check", BAD.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(BAD + ":10:12: error: unknown action 'cd'")
                .contains("          action = \"cd\";" + System.lineSeparator() + " ".repeat(19) + "^");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void exportOfABadFileWritesNothing() throws Exception {
        CliRun.Result result = cli.run("bpmn", BAD.toString(), "-o", dir.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void checkOfTheSeedDemoIsOk() {
        CliRun.Result result = cli.run("check", SeedDemo.FILE.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("OK (6 statements, 0 warnings)");
    }

    @Test
    void checkAnswersJsonForScripts() throws Exception {
        CliRun.Result result = cli.run("check", BAD.toString(), "--output", "json");

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.path("valid").asBoolean()).isFalse();
        assertThat(report.path("diagnostics").get(0).path("line").asInt()).isEqualTo(10);
        assertThat(report.path("diagnostics").get(0).path("column").asInt()).isEqualTo(12);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void missingFileIsRejectedInOneLine() {
        CliRun.Result result = cli.run("check", dir.resolve("nope.fsl").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("echoer: " + dir.resolve("nope.fsl") + ": no such file" + System.lineSeparator());
    }

    @Test
    void badUsageIsRejectedWithAHint() {
        CliRun.Result result = cli.run("bpmn");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Missing required parameter").contains("try: echoer bpmn --help");
    }
}
