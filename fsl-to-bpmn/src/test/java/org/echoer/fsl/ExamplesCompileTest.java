package org.echoer.fsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExamplesCompileTest {

    private final FslCompiler compiler = new FslCompiler();

    static List<Path> examples() {
        return Examples.all();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleCompilesToValidBpmn(Path file) {
        CompilationResult result = compiler.compile(Examples.read(file));

        assertThat(result.errors()).as(file.toString()).isEmpty();
        assertThat(result.flows()).isNotEmpty();
        for (CompiledFlow flow : result.flows()) {
            Bpmn.validateModel(flow.model());
            org.echoer.fsl.layout.DiagramAssertions.assertReadable(flow.model());
            Bpmn.validateModel(Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(
                    flow.bpmnXml().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
    }

    /** Exported files can be diffed and kept in version control: no generated id is random. */
    @ParameterizedTest
    @MethodSource("examples")
    void theSameDocumentAlwaysGivesTheSameFile(Path file) {
        String fsl = Examples.read(file);

        List<String> first = compiler.compile(fsl).flows().stream().map(CompiledFlow::bpmnXml).toList();
        List<String> second = new FslCompiler().compile(fsl).flows().stream().map(CompiledFlow::bpmnXml).toList();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void seedDemoGivesOneProcessWithFiveExternalTasksFiveGatewaysAndOneEnd() {
        CompilationResult result = compiler.compile(Examples.seedDemo());

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.flows()).singleElement().satisfies(flow -> {
            assertThat(flow.name()).isEqualTo("my_flow_run");
            assertThat(flow.processId()).isEqualTo("my_flow_run");
            BpmnModelInstance model = flow.model();
            var tasks = model.getModelElementsByType(ServiceTask.class);
            assertThat(tasks).extracting(ServiceTask::getCamundaTopic)
                    .containsExactlyInAnyOrder("ci", "approval", "deploy_1", "approval_2", "notify");
            assertThat(tasks).allSatisfy(task -> assertThat(task.getCamundaType()).isEqualTo("external"));
            assertThat(model.getModelElementsByType(ExclusiveGateway.class)).hasSize(5);
            assertThat(model.getModelElementsByType(EndEvent.class)).singleElement()
                    .satisfies(end -> assertThat(end.getName()).isEqualTo("done"));
        });
    }

    @Test
    void repositoryExamplesMatchTheSharedContractWhenItIsPresent() throws Exception {
        Path shared = Examples.sharedExamples();
        if (!Files.isDirectory(shared)) {
            return; // a checkout without the shared contract beside it: nothing to compare
        }
        try (var files = Files.list(shared)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".fsl")).toList()) {
                assertThat(Examples.repositoryExamples().resolve(file.getFileName()))
                        .as("examples/ must hold a verbatim copy of " + file).hasSameTextualContentAs(file);
            }
        }
    }
}
