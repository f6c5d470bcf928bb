package org.echoer.fsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.echoer.fsl.check.Diagnostic;
import org.echoer.fsl.check.DiagnosticCode;
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

    /**
     * Shapes the examples and random documents leave out: a step whose one way out leads back to itself,
     * flows of one step, a way back into the first step.
     */
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
            /
            flow_run one_step
                step only => () { action = poll; };
            flow_run_end
            /
            flow one_way_to_done
                step only => (READY->done) { action = poll; };
            flow_end
            /
            flow every_state_to_done
                step only => (READY->done | WAIT->done) { action = poll; };
            flow_end
            /
            flow back_to_the_start
                step first => (READY->second | WAIT->first) { action = poll; };
                step second => (READY->done | WAIT->first) { action = poll; };
            flow_end
            """;

    /**
     * Steps no run reaches, which the process leaves out: one that leads into the reached steps, one that
     * loops only into itself, two that lead into each other, one that ends the flow, one more way to done.
     */
    private static final String UNREACHABLE_STEPS = """
            action poll
                addr = "http://localhost:18080/poll";
                method = http;
                return = (READY | WAIT);
            action_end
            /
            flow_run with_steps_no_run_reaches
                step first => (READY->done | WAIT->first) { action = poll; };
                step into_first => (READY->first) { action = poll; };
                step spinning => (WAIT->spinning) { action = poll; };
                step ping => (READY->pong | WAIT->done) { action = poll; };
                step pong => (READY->ping) { action = poll; };
                step ending => () { action = poll; };
            flow_run_end
            /
            flow another_way_to_done_out_of_reach
                step first => (READY->second | WAIT->first) { action = poll; };
                step second => (READY->first | WAIT->done) { action = poll; };
                step lost => (READY->done) { action = poll; };
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
        write("unreachable", UNREACHABLE_STEPS);
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
    void aFlowNoRunOfWhichReachesDoneIsRefusedInsteadOfWrittenWithoutAnEndEvent() {
        String fsl = LOOPS_AND_ENDS.replace("step other => (READY->done)", "step other => (READY->spin)");

        CompilationResult result = new FslCompiler().compile(fsl);

        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NEVER_DONE);
        assertThat(result.flows()).isEmpty();
    }
}
