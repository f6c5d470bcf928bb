package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.FslCompiler;
import org.echoer.plugin.definition.DefinitionStore;
import org.echoer.webapp.support.EchoerAppTest;
import org.echoer.webapp.support.TestFsl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** echoer's own deployments skip the XML Schema check and parse to the same process; all others keep it. */
@EchoerAppTest
class GeneratedBpmnParseIT {

    @Autowired
    RepositoryService repository;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void deleteDeployments() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void parsesGeneratedBpmnWithoutTheSchemaCheckToTheSameProcess() {
        String run = "parse_" + UUID.randomUUID().toString().replace("-", "");
        CompilationResult compiled = new FslCompiler().compile(TestFsl.seedDemo(TestFsl.SEED_ACTIONS, run));
        String xml = compiled.flows().get(0).bpmnXml();

        DeploymentWithDefinitions checked = deploy(null, xml);
        String checkedShape = shape(checked);
        repository.deleteDeployment(deployments.remove(0), true);
        String unchecked = shape(deploy(DefinitionStore.SOURCE, xml));

        assertThat(unchecked).contains("Step_A", "Gateway_A", "ackState == 'FAIL'", "echoer.addr").isEqualTo(checkedShape);
    }

    @Test
    void checksEveryOtherDeploymentAgainstTheSchema() {
        String key = "schema_" + UUID.randomUUID().toString().replace("-", "");
        // an element BPMN does not have: only the XML Schema notices, Camunda's own checks ignore it
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    targetNamespace="t">
                  <process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="start"/>
                    <notABpmnElement/>
                    <sequenceFlow id="f" sourceRef="start" targetRef="end"/>
                    <endEvent id="end"/>
                  </process>
                </definitions>
                """.formatted(key);

        assertThatThrownBy(() -> deploy("cockpit", xml)).isInstanceOf(ParseException.class).hasMessageContaining("notABpmnElement");
        assertThat(deploy(DefinitionStore.SOURCE, xml).getDeployedProcessDefinitions()).hasSize(1);
    }

    private DeploymentWithDefinitions deploy(String source, String xml) {
        DeploymentWithDefinitions deployment = repository.createDeployment().source(source).addString("p.bpmn", xml)
                .deployWithResult();
        deployments.add(deployment.getId());
        return deployment;
    }

    /** What the engine runs: every activity with its scope, behaviour, properties and outgoing flows. */
    private String shape(DeploymentWithDefinitions deployment) {
        String id = deployment.getDeployedProcessDefinitions().get(0).getId();
        ProcessDefinitionImpl definition = (ProcessDefinitionImpl) ((RepositoryServiceImpl) repository).getDeployedProcessDefinition(id);
        StringBuilder shape = new StringBuilder(definition.getName() + "\n");
        for (ActivityImpl activity : definition.getActivities()) {
            shape.append(activity.getId()).append(' ').append(activity.getProperty("type")).append(" scope=").append(activity.isScope())
                    .append(' ').append(activity.getActivityBehavior().getClass().getName())
                    .append(' ').append(activity.getProperties().get(BpmnProperties.EXTENSION_PROPERTIES)).append('\n');
            for (PvmTransition flow : activity.getOutgoingTransitions()) {
                shape.append("  -> ").append(flow.getDestination().getId()).append(' ')
                        .append(flow.getProperty(BpmnParse.PROPERTYNAME_CONDITION_TEXT)).append('\n');
            }
        }
        return shape.toString();
    }
}
