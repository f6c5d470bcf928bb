package org.echoer.fsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
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

    @Test
    void theProcessSaysWhatItIsAndThatItsStepsRunInTheRunsExecution() {
        CompiledFlow seed = new FslCompiler().compile(Examples.seedDemo()).flows().get(0);

        Process process = seed.model().getModelElementsByType(Process.class).iterator().next();
        Map<String, String> properties = process.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
                .singleResult().getCamundaProperties().stream().collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue));

        assertThat(process.getCamundaVersionTag()).isEqualTo("echoer");
        assertThat(properties).containsOnly(Map.entry("echoer.flowKind", "flow_run"), Map.entry("echoer.flowName", "my_flow_run"),
                Map.entry("echoer.stepExecution", "run"));
    }
}
