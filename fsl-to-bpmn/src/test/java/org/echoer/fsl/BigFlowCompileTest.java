package org.echoer.fsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.junit.jupiter.api.Test;

class BigFlowCompileTest {

    /**
     * The server accepts flows of up to 2,000 steps and compiles them on its request threads, whose stack is
     * the JVM's ordinary 1 MB. ELK's recursion once overflowed it there.
     */
    @Test
    void compilesTwoThousandStepsOnAThreadWithAnOrdinaryStack() throws Exception {
        int steps = 2_000;
        String fsl = chain(steps);
        AtomicReference<CompilationResult> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread caller = new Thread(null, () -> {
            try {
                result.set(new FslCompiler().compile(fsl));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "one-megabyte-stack", 1024 * 1024);

        caller.start();
        caller.join();

        assertThat(failure.get()).isNull();
        assertThat(result.get().diagnostics()).isEmpty();
        // read through children: a search of the whole document per type is slow in a model this big
        BpmnModelInstance model = result.get().flows().get(0).model();
        Process process = model.getDefinitions().getChildElementsByType(Process.class).iterator().next();
        assertThat(process.getChildElementsByType(ServiceTask.class)).hasSize(steps);
        Collection<DiagramElement> drawn = model.getDefinitions().getBpmDiagrams().iterator().next().getBpmnPlane()
                .getDiagramElements();
        assertThat(drawn).filteredOn(BpmnShape.class::isInstance).hasSize(2 * steps + 2);
        assertThat(drawn).filteredOn(BpmnEdge.class::isInstance).hasSize(4 * steps + 1);
    }

    /** Steps that go on, retry themselves, or go three steps back. */
    private static String chain(int steps) {
        StringBuilder fsl = new StringBuilder("""
                action work
                    addr = "http://localhost:18080/work";
                    method = http;
                    return = (SUCCESS | FAIL | RETRY);
                action_end
                /
                flow_run big
                """);
        for (int i = 1; i <= steps; i++) {
            fsl.append("    step S").append(i).append(" => (SUCCESS->").append(i == steps ? "done" : "S" + (i + 1))
                    .append(" | FAIL->S").append(i).append(" | RETRY->S").append(Math.max(1, i - 3))
                    .append(") { action = work; };\n");
        }
        return fsl.append("flow_run_end\n/\n").toString();
    }
}
