package org.echoer.fsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every BPMN the compiler writes passes bpmnlint as Camunda Modeler runs it ({@code bpmnlint:recommended}
 * and {@code camunda-compat/camunda-platform-7-24}): no error, and only the warnings docs/fsl.md explains.
 * The files stay in {@code target/lint-bpmn} for {@code npm run lint} and for a look in Modeler.
 */
class LintedExportsTest {

    static final Path WRITTEN = Path.of("target", "lint-bpmn");
    static final int RANDOM_DOCUMENTS = 60;

    /** Shapes the examples and random documents leave out: a step whose one way out leads back to itself. */
    private static final String LOOPS_AND_ENDS = """
            action poll
                addr = "http://localhost:18080/poll";
                method = http;
                return = (READY | WAIT);
            action_end
            /
            flow_run waiting
                step wait => (WAIT->wait | READY->check) { action = poll; };
                step check => (READY->last) { action = poll; };
                step last => () { action = poll; };
            flow_run_end
            /
            flow stuck_in_one_step
                step first => (READY->spin | WAIT->other) { action = poll; };
                step spin => (WAIT->spin) { action = poll; };
                step other => (READY->done) { action = poll; };
            flow_end
            """;

    @BeforeAll
    static void writeEveryKindOfExport() throws IOException {
        if (Files.isDirectory(WRITTEN)) {
            try (Stream<Path> old = Files.list(WRITTEN)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(WRITTEN);
        for (Path example : Examples.all()) {
            write(example.getFileName().toString().replace(".fsl", ""), Examples.read(example));
        }
        write("shapes", LOOPS_AND_ENDS);
        for (long seed = 0; seed < RANDOM_DOCUMENTS; seed++) {
            write("random" + seed, RandomFsl.document(seed));
        }
    }

    private static void write(String prefix, String fsl) throws IOException {
        CompilationResult result = new FslCompiler().compile(fsl);
        assertThat(result.errors()).as(prefix).isEmpty();
        for (CompiledFlow flow : result.flows()) {
            Files.writeString(WRITTEN.resolve(prefix + "-" + flow.processId() + ".bpmn"), flow.bpmnXml(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyExportPassesBpmnlintWithOnlyTheExplainedWarnings() {
        NodeTools.Run lint = NodeTools.run("lint-bpmn.js", WRITTEN.toAbsolutePath().toString());

        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(lint.output()).contains("0 unexplained problems");
    }

    @Test
    void aFlowNoStepOfWhichReachesDoneHasNoEndEvent() {
        String fsl = LOOPS_AND_ENDS.replace("(READY->done)", "(READY->spin)");

        List<CompiledFlow> flows = new FslCompiler().compile(fsl).flows();

        assertThat(flows.get(0).model().getModelElementsByType(EndEvent.class)).hasSize(1);
        assertThat(flows.get(1).model().getModelElementsByType(EndEvent.class)).isEmpty();
    }
}
