package org.echoer.fsl.layout;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {

    @Test
    void dump() throws Exception {
        BpmnModelInstance model = new FlowModelBuilder().process("five")
                .step("A", "SUCCESS->D", "FAIL->A")
                .step("D", "AGREE->B", "REJECT->C", "NEXT->E", "FAIL->D")
                .step("B", "FAIL->B", "SUCCESS->C")
                .step("E", "REJECT->C", "AGREE->B", "FAIL->E")
                .step("C", "SUCCESS->done", "FAIL->C")
                .build();
        new BpmnLayout().apply(model);
        Path dir = Path.of("target/scratch");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("five.bpmn"), Bpmn.convertToString(model));
        Files.writeString(dir.resolve("five.svg"), new SvgRenderer().render(model));
        System.out.println(DiagramAssertions.problems(model));
        BpmnModelInstance random = RandomFlows.randomFlow("r", 30, 1);
        new BpmnLayout().apply(random);
        Files.writeString(dir.resolve("r30.svg"), new SvgRenderer().render(random));
        System.out.println(DiagramAssertions.problems(random));
    }
}
