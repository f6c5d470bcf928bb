package org.echoer.plugin.engine.parse;

import org.echoer.plugin.step.StepDefinition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.echoer.fsl.FslCompiler;
import org.echoer.plugin.OneStepEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real engine on in-memory H2 with generated processes deployed. */
class StepDefinitionsTest {

    private ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        engine = OneStepEngine.build("step_definitions").getProcessEngine();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void readsEveryStepOfADefinitionInTheOrderTheFslWroteThem() {
        String definition = deploy("r1");
        StepDefinitions steps = new StepDefinitions(engine.getRepositoryService());

        assertThat(steps.steps(definition).keySet()).containsExactly("A", "B", "C", "D");
        StepDefinition b = steps.get(definition, "Step_B");
        assertThat(b.actionName()).isEqualTo("check");
        assertThat(b.acceptedStates()).containsExactly("SUCCESS", "FAIL");
        assertThat(steps.activityId(definition, "A")).contains("Step_A");
        assertThatThrownBy(() -> steps.get(definition, "Step_X")).hasMessage("no service task 'Step_X' in the process");
    }

    /** A step with one way out has no gateway: its task's conditional flow names the one state it takes. */
    @Test
    void acceptsOnlyTheStateOfAStepWithOneWayOut() {
        String definition = deploy("one_way");
        StepDefinitions steps = new StepDefinitions(engine.getRepositoryService());

        StepDefinition c = steps.get(definition, "Step_C");
        assertThat(c.declaredStates()).containsExactly("SUCCESS", "FAIL");
        assertThat(c.acceptedStates()).containsExactly("SUCCESS");
        assertThat(c.accepts("FAIL")).isFalse();
        assertThat(steps.get(definition, "Step_D").acceptedStates()).containsExactly("SUCCESS", "FAIL");
    }

    @Test
    void keepsOnlyTheDefinitionsUsedLastAndReadsAnOlderOneAgain() {
        List<String> definitions = new ArrayList<>();
        for (String name : List.of("r1", "r2", "r3")) {
            definitions.add(deploy(name));
        }
        StepDefinitions steps = new StepDefinitions(engine.getRepositoryService(), 2);

        for (String definition : definitions) {
            steps.get(definition, "Step_A");
        }
        assertThat(steps.keptDefinitions()).isEqualTo(2);
        assertThat(steps.get(definitions.get(0), "Step_B").stepName()).isEqualTo("B");
        assertThat(steps.keptDefinitions()).isEqualTo(2);
    }

    @Test
    void readsTheRoutedStatesOfADrawnGatewayFromItsConditionsWhateverItsNamesAndQuotes() {
        StepDefinitions steps = new StepDefinitions(engine.getRepositoryService());

        String routed = deployDrawn("drawn_routed", false);

        StepDefinition check = steps.get(routed, "Task_Check");
        assertThat(check.stepName()).isEqualTo("check");
        assertThat(check.acceptedStates()).containsExactly("OK", "RETRY", "it's");
        assertThat(check.accepts("FAIL")).isFalse();
        assertThat(steps.find(routed, "Task_Plain")).as("an external task without echoer's properties").isEmpty();
        assertThat(steps.steps(routed).keySet()).containsExactly("check");
    }

    @Test
    void aDrawnGatewayWithADefaultFlowTakesEveryDeclaredState() {
        StepDefinitions steps = new StepDefinitions(engine.getRepositoryService());

        StepDefinition check = steps.get(deployDrawn("drawn_default", true), "Task_Check");

        assertThat(check.routedStates()).isEmpty();
        assertThat(check.accepts("FAIL")).isTrue();
        assertThat(check.accepts("UNDECLARED")).isFalse();
    }

    /** A process as a person draws it: a merge gateway, a named split gateway, conditions written three ways. */
    private String deployDrawn(String key, boolean withDefaultFlow) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent("Start").exclusiveGateway("Merge").name("again?")
                .serviceTask("Task_Check").name("Check stock").camundaExternalTask("stock")
                .exclusiveGateway("Decide").name("In stock?")
                .condition("yes", "${ackState == \"OK\"}").serviceTask("Task_Plain").camundaExternalTask("stock").endEvent("End")
                .moveToNode("Decide").condition("not yet", "${'RETRY' eq ackState}").connectTo("Merge")
                .moveToNode("Decide").condition("odd", "${ ackState == 'it\\'s' }").endEvent("Odd")
                .done();
        CamundaProperties properties = model.newInstance(CamundaProperties.class);
        Map.of("echoer.step", "check", "echoer.action", "stock", "echoer.addr", "http://127.0.0.1:1/stock", "echoer.method", "http",
                "echoer.states", "OK,RETRY,FAIL,it's").forEach((name, value) -> {
                    CamundaProperty property = model.newInstance(CamundaProperty.class);
                    property.setCamundaName(name);
                    property.setCamundaValue(value);
                    properties.getCamundaProperties().add(property);
                });
        ((ServiceTask) model.getModelElementById("Task_Check")).builder().addExtensionElement(properties);
        if (withDefaultFlow) {
            ExclusiveGateway decide = model.getModelElementById("Decide");
            SequenceFlow otherwise = model.newInstance(SequenceFlow.class);
            otherwise.setId("Flow_Otherwise");
            decide.getParentElement().addChildElement(otherwise);
            otherwise.setSource(decide);
            otherwise.setTarget(model.getModelElementById("End"));
            decide.getOutgoing().add(otherwise);
            decide.setDefault(otherwise);
        }
        return engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn", model)
                .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
    }

    private String deploy(String name) {
        String fsl = """
                action check
                \taddr = "http://127.0.0.1:1/check";
                \tmethod = http;
                \treturn = (SUCCESS | FAIL);
                action_end
                /
                flow_run %s
                \tstep A => (SUCCESS->B | FAIL->A) { action = "check"; };
                \tstep B => (SUCCESS->done | FAIL->C) { action = "check"; };
                \tstep C => (SUCCESS->D) { action = "check"; };
                \tstep D => () { action = "check"; };
                flow_run_end
                /
                """.formatted(name);
        return engine.getRepositoryService().createDeployment()
                .addModelInstance(name + ".bpmn", new FslCompiler().compile(fsl).flows().get(0).model())
                .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
    }
}
