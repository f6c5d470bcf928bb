package org.echoer.fsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

class CompiledFlowTest {

    @Test
    void writesTheSameSchemaValidXmlAsTheModelApiWithoutCheckingItAgain() {
        CompiledFlow seed = new FslCompiler().compile(Examples.seedDemo()).flows().get(0);

        String xml = seed.bpmnXml();

        assertThat(xml).isEqualTo(Bpmn.convertToString(seed.model()));
        BpmnModelInstance read = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Bpmn.validateModel(read);
    }
}
