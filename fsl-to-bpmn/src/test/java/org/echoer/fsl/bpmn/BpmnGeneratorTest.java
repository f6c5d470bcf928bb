package org.echoer.fsl.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.check.Diagnostic;
import org.echoer.fsl.check.DiagnosticCode;
import org.junit.jupiter.api.Test;

class BpmnGeneratorTest {

    private static final String ACTIONS = """
            action poll addr = "http://localhost:18080/poll"; method = http; args = (str what); return = (READY | WAIT); action_end
            action lost addr = "http://localhost:18080/lost"; method = http; return = (READY); action_end
            /
            """;

    private final FslCompiler compiler = new FslCompiler();

    @Test
    void leavesOutEveryStepNoRunReaches() {
        String reachableOnly = ACTIONS + """
                flow_run r
                    step first => (READY->last | WAIT->first) { action = poll; args = (what="a"); };
                    step last => (READY->done | WAIT->first) { action = poll; args = (what="b"); };
                flow_run_end
                """;
        String withUnreachable = ACTIONS + """
                flow_run r
                    step first => (READY->last | WAIT->first) { action = poll; args = (what="a"); };
                    step orphan => (READY->done | WAIT->spin) { action = poll; args = (what="c"); };
                    step last => (READY->done | WAIT->first) { action = poll; args = (what="b"); };
                    step spin => (READY->spin) { action = lost; };
                    step island => (READY->orphan | WAIT->first) { action = poll; args = (what="d"); };
                flow_run_end
                """;

        CompilationResult result = compiler.compile(withUnreachable);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Diagnostic::code).containsOnly(DiagnosticCode.UNREACHABLE_STEP).hasSize(3);
        CompiledFlow flow = result.flows().get(0);
        assertThat(flow.model().getModelElementsByType(ServiceTask.class)).extracting(ServiceTask::getId)
                .containsExactly("Step_first", "Step_last");
        assertThat(flow.model().getModelElementsByType(FlowNode.class)).allSatisfy(node ->
                assertThat(node.getIncoming().isEmpty()).as(node.getId()).isEqualTo(node.getId().startsWith("StartEvent_")));
        assertThat(flow.bpmnXml()).isEqualTo(compiler.compile(reachableOnly).flows().get(0).bpmnXml())
                .doesNotContain("orphan").doesNotContain("spin").doesNotContain("island").doesNotContain("lost");
    }
}
