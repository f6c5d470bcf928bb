package org.echoer.fsl.shape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.Examples;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.check.ActionLookup;
import org.junit.jupiter.api.Test;

class RunExportTest {

    private final FslCompiler compiler = new FslCompiler();

    @Test
    void aRunOfASharedShapeExportsAsTheProcessItWouldHaveHadAlone() {
        CompiledFlow shared = sharedSeed();
        CompiledFlow alone = compiler.compile(Examples.seedDemo()).flows().get(0);

        String exported = RunExport.write(shared.model(), "my_flow_run", seedArguments(), true);

        BpmnModelInstance model = read(exported);
        Bpmn.validateModel(model);
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        assertThat(process.getId()).isEqualTo("my_flow_run");
        assertThat(process.getName()).isEqualTo("my_flow_run");
        assertThat(model.getModelElementsByType(BpmnPlane.class).iterator().next().getBpmnElement()).isSameAs(process);
        assertThat(properties(process)).isEqualTo(properties(only(alone.model(), Process.class)));
        for (ServiceTask task : alone.model().getModelElementsByType(ServiceTask.class)) {
            assertThat(properties((ServiceTask) model.getModelElementById(task.getId()))).as(task.getId())
                    .isEqualTo(properties(task));
        }
    }

    @Test
    void theExportDeploysToAPlainEngineAndTheSharedProcessStaysAsItWas() {
        CompiledFlow shared = sharedSeed();
        String before = shared.bpmnXml();

        String exported = RunExport.write(shared.model(), "Step_A", seedArguments(), true);

        assertThat(shared.bpmnXml()).isEqualTo(before);
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:run-export;DB_CLOSE_DELAY=-1").setJobExecutorActivate(false).buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().addString("run.bpmn", exported).deploy();
            // a run name that is also an element id: the process takes another id
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery().singleResult().getKey()).isEqualTo("Step_A_2");
            assertThat(engine.getRuntimeService().startProcessInstanceByKey("Step_A_2").isEnded()).isFalse();
        } finally {
            engine.close();
        }
    }

    @Test
    void aTemplatesValuesAreReplacedByTheRunsAndTheProcessKeepsItsId() {
        String template = Examples.seedDemo().replace("flow_run my_flow_run", "flow order").replace("flow_run_end", "flow_end");
        CompiledFlow flow = compiler.compile(template).flows().get(0);

        String exported = RunExport.write(flow.model(), "order-17", Map.of("A", Map.of("version", "v2")), false);

        BpmnModelInstance model = read(exported);
        assertThat(only(model, Process.class).getId()).isEqualTo("order");
        Map<String, String> stepA = properties((ServiceTask) model.getModelElementById("Step_A"));
        assertThat(stepA).containsEntry("echoer.arg.version", "v2").containsEntry("echoer.arg.retry_count", "10");
    }

    /** The process every run of the seed demo's shape runs on. */
    private CompiledFlow sharedSeed() {
        CompilationResult checked = compiler.check(Examples.seedDemo(), ActionLookup.none());
        FlowDecl run = checked.document().flows().get(0);
        return compiler.translateShape(checked.document(), run, ActionLookup.none(),
                compiler.shape(checked.document(), run, ActionLookup.none()));
    }

    private static Map<String, Map<String, String>> seedArguments() {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        values.put("A", ordered("project", "https://github.com/yametech/compass.git", "version", "v0.1.0", "retry_count", "10"));
        values.put("D", ordered("work_order", "nz00001", "version", "12343"));
        values.put("B", ordered("project", "nz00001", "version", "12343"));
        values.put("E", ordered("project", "nz00001", "version", "12343"));
        values.put("C", ordered("project", "nz00001", "version", "12343"));
        return values;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private static <T extends BaseElement> T only(BpmnModelInstance model, Class<T> type) {
        return model.getModelElementsByType(type).iterator().next();
    }

    /** The element's camunda:properties in their order, as "name=value" keys of a sorted map would lose it. */
    private static Map<String, String> properties(BaseElement element) {
        Map<String, String> values = new LinkedHashMap<>();
        for (CamundaProperty property : element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
                .singleResult().getCamundaProperties()) {
            values.put(property.getCamundaName(), property.getCamundaValue());
        }
        return values;
    }

    private static BpmnModelInstance read(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
