package org.echoer.cli.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.echoer.cli.support.CliRun;
import org.echoer.cli.support.ClosedPort;
import org.echoer.cli.support.SeedDemo;
import org.echoer.fsl.FslCompiler;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code echoer templates} and {@code echoer fsl}: the analyst's loop through Camunda Modeler, offline. */
class ModelerRoundTripTest {

    private static final Path ORDER = Path.of("..", "examples", "order-template.fsl");
    /** Kept for {@code npm run validate-templates} in fsl-to-bpmn/src/test/lint. */
    private static final Path TEMPLATES = Path.of("target", "element-templates");

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun().env("ECHOER_SERVER", ClosedPort.url());

    @Test
    void templatesWritesOneTemplatePerActionThatSetsTheStepProperties() throws Exception {
        CliRun.Result result = cli.run("templates", SeedDemo.FILE.toString(), "-o", dir.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("wrote " + dir.resolve("ci.json"), "wrote " + dir.resolve("notify.json"));
        JsonNode ci = new ObjectMapper().readTree(dir.resolve("ci.json").toFile());
        assertThat(ci.path("$schema").asText()).isEqualTo(ElementTemplates.SCHEMA);
        assertThat(ci.path("id").asText()).isEqualTo("org.echoer.action.ci");
        assertThat(ci.path("appliesTo").get(0).asText()).isEqualTo("bpmn:ServiceTask");
        assertThat(property(ci, "camunda:type").path("value").asText()).isEqualTo("external");
        assertThat(property(ci, "camunda:topic").path("value").asText()).isEqualTo("ci");
        assertThat(property(ci, "echoer.addr").path("value").asText()).isEqualTo("http://localhost:18080/ci");
        assertThat(property(ci, "echoer.params").path("value").asText()).isEqualTo("str project,str version,int retry_count");
        JsonNode states = property(ci, "echoer.states");
        assertThat(states.path("value").asText()).isEqualTo("SUCCESS,FAIL");
        assertThat(states.path("editable").asBoolean(true)).isFalse();
        JsonNode retries = property(ci, "echoer.arg.retry_count");
        assertThat(retries.path("label").asText()).isEqualTo("retry_count (int)");
        assertThat(retries.path("constraints").path("notEmpty").asBoolean()).isTrue();
        assertThat(retries.path("constraints").path("pattern").path("value").asText()).isEqualTo("^-?[0-9]+$");
        assertThat(property(ci, "echoer.step").path("constraints").path("notEmpty").asBoolean()).isTrue();
    }

    /** The templates of every example pass the element templates JSON schema, as Modeler checks them. */
    @Test
    void everyTemplatePassesTheElementTemplatesSchema() throws Exception {
        for (Path example : List.of(SeedDemo.FILE, ORDER)) {
            CliRun.Result result = cli.run("templates", example.toString(), "-o", TEMPLATES.toString());
            assertThat(result.exitCode()).as(result.err()).isZero();
        }

        NodeRun validation = node("validate-templates.js", TEMPLATES.toAbsolutePath().toString());

        assertThat(validation.exitCode()).as(validation.output()).isZero();
        assertThat(validation.output()).contains("element templates: 9 files, 0 invalid");
    }

    @Test
    void fslReadsAnExportedProcessBackAsTheSameFlow() throws Exception {
        cli.run("bpmn", ORDER.toString(), "-o", dir.toString());

        CliRun.Result result = cli.run("fsl", dir.resolve("order.bpmn").toString(), "-o", dir.resolve("back").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path back = dir.resolve("back/order.fsl");
        assertThat(result.out()).isEqualTo("wrote " + back + System.lineSeparator());
        String original = new FslCompiler().compile(Files.readString(ORDER)).flows().get(0).bpmnXml();
        assertThat(new FslCompiler().compile(Files.readString(back)).flows().get(0).bpmnXml()).isEqualTo(original);
    }

    @Test
    void fslNamesTheElementThatDoesNotFitAndWritesNothing() throws Exception {
        cli.run("bpmn", ORDER.toString(), "-o", dir.toString());
        Path drawn = dir.resolve("drawn.bpmn");
        // the step ship redrawn as a user task, its incoming and outgoing flows kept
        Files.writeString(drawn, Files.readString(dir.resolve("order.bpmn"))
                .replaceFirst("(?s)<serviceTask [^>]*id=\"Step_ship\"[^>]*>(.*?)</serviceTask>", "<userTask id=\"Step_ship\">$1</userTask>"));

        CliRun.Result result = cli.run("fsl", drawn.toString(), "-o", dir.resolve("back").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith(drawn + ": error: element Step_ship: is a user task");
        assertThat(dir.resolve("back")).doesNotExist();
    }

    private static JsonNode property(JsonNode template, String bindingName) {
        for (JsonNode property : template.path("properties")) {
            if (property.path("binding").path("name").asText().equals(bindingName)) {
                return property;
            }
        }
        throw new AssertionError("no property bound to " + bindingName + " in " + template);
    }

    private record NodeRun(int exitCode, String output) {
    }

    /**
     * {@code node SCRIPT ARGS} in fsl-to-bpmn/src/test/lint, where {@code npm ci} installed the validator.
     * Skipped with a message without node or the packages; a failure under {@code CI=true}.
     */
    private static NodeRun node(String script, String... args) throws IOException, InterruptedException {
        Path directory = Path.of("..", "fsl-to-bpmn", "src", "test", "lint").toAbsolutePath().normalize();
        String missing = Files.isDirectory(directory.resolve("node_modules")) ? null
                : "no " + directory.resolve("node_modules") + " (run: npm ci --prefix " + directory + ")";
        if (missing == null) {
            List<String> command = new ArrayList<>(List.of("node", script));
            command.addAll(List.of(args));
            try {
                Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("node finished").isTrue();
                return new NodeRun(process.exitValue(), output);
            } catch (IOException e) {
                missing = "node cannot run: " + e.getMessage();
            }
        }
        assertThat("true".equals(System.getenv("CI"))).as(missing + "; under CI=true the Node tools must run").isFalse();
        System.err.println("skipped: " + missing);
        Assumptions.abort(missing);
        return null;
    }
}
