package org.echoer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.FslCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkloadTest {

    private static final URI ACTIONS = URI.create("http://127.0.0.1:41234");

    @ParameterizedTest
    @CsvSource({"SEED, 4, C", "LINEAR20, 20, S20", "LOOPS, 16, C"})
    void everyWorkloadCompilesUnderARunNameWithItsStepsPerRun(WorkloadKind kind, int steps, String finalStep)
            throws Exception {
        // given
        Workload workload = kind.build(ACTIONS, Path.of(""));

        // when
        CompilationResult result = new FslCompiler().compile(workload.actionsFsl() + workload.flowRun("bench_x_1") + "\n/\n");

        // then
        assertThat(result.errors()).isEmpty();
        assertThat(result.flows()).singleElement().satisfies(flow -> assertThat(flow.name()).isEqualTo("bench_x_1"));
        assertThat(workload.shape().steps()).isEqualTo(steps);
        assertThat(workload.shape().finalStep()).isEqualTo(finalStep);
    }

    @Test
    void seedArgumentValuesAreTheFlowRunsPerStepWithTheirFslTypes() throws Exception {
        // when
        Workload seed = WorkloadKind.SEED.build(ACTIONS, Path.of(""));

        // then: in the order the steps and their arguments are written; int values as numbers
        assertThat(seed.arguments().keySet()).containsExactly("A", "D", "B", "E", "C");
        assertThat(seed.arguments().get("A")).containsExactly(
                java.util.Map.entry("project", "https://github.com/yametech/compass.git"),
                java.util.Map.entry("version", "v0.1.0"), java.util.Map.entry("retry_count", 10L));
        assertThat(seed.arguments().get("D")).containsEntry("version", 12343L);
    }

    @Test
    void seedActionsPointAtTheDriverButStepArgumentsKeepTheirAddresses() throws Exception {
        // when
        Workload seed = WorkloadKind.SEED.build(ACTIONS, Path.of(""));

        // then
        assertThat(seed.actionsFsl()).contains("addr = \"http://127.0.0.1:41234/ci\"", "\"http://127.0.0.1:41234/notify\"")
                .doesNotContain("localhost:18080");
        assertThat(seed.flowRun("bench_x_2")).startsWith("flow_run bench_x_2\n")
                .contains("https://github.com/yametech/compass.git");
    }

    @Test
    void loopsAnswerFailThreeTimesThenTheFirstDeclaredState() {
        // given
        StatePolicy loops = StatePolicy.failingFirst(3);
        List<String> declared = List.of("AGREE", "REJECT", "NEXT", "FAIL");

        // then
        assertThat(loops.choose(declared, 1)).isEqualTo("FAIL");
        assertThat(loops.choose(declared, 3)).isEqualTo("FAIL");
        assertThat(loops.choose(declared, 4)).isEqualTo("AGREE");
    }

    @Test
    void onlyTheFinalStepsSuccessEndsASeedRun() throws Exception {
        // given
        RunShape shape = WorkloadKind.SEED.build(ACTIONS, Path.of("")).shape();

        // then
        assertThat(shape.endsRun("C", "SUCCESS")).isTrue();
        assertThat(shape.endsRun("C", "FAIL")).isFalse();
        assertThat(shape.endsRun("B", "SUCCESS")).isFalse();
    }

    @Test
    void theFlowRunBecomesATemplateThatCompilesToOneProcessWithAllItsTopics() throws Exception {
        // given
        Workload seed = WorkloadKind.SEED.build(ACTIONS, Path.of(""));

        // when
        CompiledFlow flow = CamundaClientTarget.compile(seed);

        // then
        assertThat(seed.flowTemplate("bench_flow")).startsWith("flow bench_flow\n").endsWith("flow_end");
        assertThat(flow.processId()).isEqualTo("bench_flow");
        assertThat(flow.bpmnXml()).contains("camunda:topic=\"ci\"", "camunda:topic=\"notify\"",
                "http://127.0.0.1:41234/ci");
    }
}
