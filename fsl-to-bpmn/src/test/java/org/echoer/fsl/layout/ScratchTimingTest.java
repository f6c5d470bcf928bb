package org.echoer.fsl.layout;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

class ScratchTimingTest {

    @Test
    void time() {
        int steps = Integer.getInteger("steps", 1000);
        int runs = Integer.getInteger("runs", 6);
        for (int i = 0; i < runs; i++) {
            BpmnModelInstance model = RandomFlows.randomFlow("r", steps, i);
            Process process = model.getModelElementsByType(Process.class).iterator().next();
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            LayoutGraph graph = new ProcessGraphReader().read(process);
            long t1 = System.nanoTime();
            DiagramLayout layout = new ElkLayeredLayout().layout(graph).withMargin(20);
            long t2 = System.nanoTime();
            new BpmnDiWriter().write(model, process, layout);
            long t3 = System.nanoTime();
            long c3 = mx.getCurrentThreadCpuTime();
            System.out.printf("cpu=%.1fms ", (c3 - c0) / 1e6);
            System.out.printf("steps=%d read=%.1fms elk=%.1fms write=%.1fms problems=%s%n", steps,
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6,
                    i == runs - 1 ? DiagramAssertions.problems(model) : "-");
        }
    }
}
