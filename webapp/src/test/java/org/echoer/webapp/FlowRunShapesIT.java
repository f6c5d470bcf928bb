package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.FslCompiler;
import org.echoer.webapp.support.ApiClient.Response;
import org.echoer.webapp.support.EndpointTestBase;
import org.echoer.webapp.support.Fixture;
import org.echoer.webapp.support.RecordingActionServer.Received;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** flow_runs at scale: runs of one shape share one process definition and keep everything that is their own. */
class FlowRunShapesIT extends EndpointTestBase {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    FslCompiler compiler;

    @Test
    void runsThatDifferInNameAndValuesShareOneDefinitionAndEachSendsItsOwnValues() {
        String prefix = fixture.deployActions();
        long deploymentsBefore = repository.createDeploymentQuery().count();

        String first = fixture.runNamed(prefix, Fixture.unique("first"));
        String second = post(runWithValues(prefix, Fixture.unique("second"), "other", 7, "wo-2"));

        String shapeKey = api.get("/flowrun/" + first).json().path("flow").asText();
        assertThat(api.get("/flowrun/" + second).json().path("flow").asText()).isEqualTo(shapeKey);
        assertThat(shapeKey).startsWith("flowrun_" + prefix + "_ci-" + prefix + "_approve_");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(shapeKey).count()).isEqualTo(1);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore + 1);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(second).singleResult()
                .getProcessDefinitionKey()).isEqualTo(shapeKey);

        JsonNode firstA = fixture.awaitDispatch(first, "A").json();
        JsonNode secondA = fixture.awaitDispatch(second, "A").json();
        assertThat(firstA.path("project").asText()).isEqualTo("echoer");
        assertThat(firstA.path("retry_count").isIntegralNumber()).isTrue();
        assertThat(firstA.path("retry_count").asInt()).isEqualTo(3);
        assertThat(secondA.path("project").asText()).isEqualTo("other");
        assertThat(secondA.path("retry_count").asInt()).isEqualTo(7);
        assertThat(fieldNames(secondA)).containsExactly("ackStates", "flowId", "globalVariables", "project", "retry_count",
                "stepName", "uuid");
        finish(second, secondA.path("uuid").asText());
        assertThat(fixture.awaitDispatch(second, "D").json().path("work_order").asText()).isEqualTo("wo-2");
    }

    @Test
    void eachRunExportsItsOwnBpmnWithItsOwnValues() {
        String prefix = fixture.deployActions();
        String first = fixture.runNamed(prefix, Fixture.unique("first"));
        String second = post(runWithValues(prefix, Fixture.unique("second"), "other", 7, "wo-2"));

        BpmnModelInstance firstBpmn = read(api.get("/flowrun/" + first + "/bpmn"));
        BpmnModelInstance secondBpmn = read(api.get("/flowrun/" + second + "/bpmn"));

        Bpmn.validateModel(secondBpmn);
        Process process = secondBpmn.getModelElementsByType(Process.class).iterator().next();
        assertThat(process.getId()).isEqualTo(second);
        assertThat(process.getName()).isEqualTo(second);
        assertThat(arguments(secondBpmn, "Step_A")).containsExactly(Map.entry("echoer.arg.project", "other"),
                Map.entry("echoer.arg.retry_count", "7"));
        assertThat(arguments(secondBpmn, "Step_D")).containsExactly(Map.entry("echoer.arg.work_order", "wo-2"));
        assertThat(arguments(firstBpmn, "Step_A")).containsExactly(Map.entry("echoer.arg.project", "echoer"),
                Map.entry("echoer.arg.retry_count", "3"));
        // the export is what a process of the run's own would have been
        CompiledFlow alone = compiler.compile(fixture.actions(prefix) + "\n/\n"
                + runWithValues(prefix, second, "other", 7, "wo-2")).flow(second).orElseThrow();
        for (ServiceTask task : alone.model().getModelElementsByType(ServiceTask.class)) {
            assertThat(properties(secondBpmn, task.getId())).isEqualTo(properties(alone.model(), task.getId()));
        }
    }

    @Test
    void deletingOneRunLeavesItsSiblingsAndTheSharedDefinition() {
        String prefix = fixture.deployActions();
        String gone = fixture.runNamed(prefix, Fixture.unique("gone"));
        String stays = fixture.runNamed(prefix, Fixture.unique("stays"));
        String shapeKey = api.get("/flowrun/" + stays).json().path("flow").asText();
        fixture.awaitAccepted(gone, "A");
        Received staysA = fixture.awaitAccepted(stays, "A");

        assertThat(api.delete("/flowrun/" + gone).status()).isEqualTo(200);

        assertThat(api.get("/flowrun/" + gone).status()).isEqualTo(404);
        assertThat(api.get("/flowrun/" + stays).json().path("state").asText()).isEqualTo("running");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(shapeKey).count()).isEqualTo(1);
        long deployments = repository.createDeploymentQuery().count();
        String later = fixture.runNamed(prefix, gone); // the name is free again; the shape is still there
        assertThat(api.get("/flowrun/" + later).json().path("flow").asText()).isEqualTo(shapeKey);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        finish(stays, staysA.uuid());
        Received d = fixture.awaitDispatch(stays, "D");
        assertThat(fixture.callback(stays, "D", "AGREE", d.uuid(), true).status()).isEqualTo(200);
        assertThat(api.get("/flowrun/" + stays).json().path("state").asText()).isEqualTo("done");
    }

    @Test
    void manyRunsOfThreeShapesAddThreeDefinitions() {
        List<String> prefixes = List.of(fixture.deployActions(), fixture.deployActions(), fixture.deployActions());
        long definitionsBefore = repository.createProcessDefinitionQuery().count();
        long deploymentsBefore = repository.createDeploymentQuery().count();

        for (int i = 0; i < 30; i++) {
            String prefix = prefixes.get(i % 3);
            post(runWithValues(prefix, Fixture.unique("many"), "project-" + i, i, "wo-" + i));
        }

        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitionsBefore + 3);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore + 3);
    }

    @Test
    void concurrentFirstRunsOfANewShapeAllStartOnOneDefinition() throws Exception {
        String prefix = fixture.deployActions();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String fsl = runWithValues(prefix, Fixture.unique("together"), "p" + i, i, "w" + i);
                posts.add(() -> api.postFsl("/flowrun", fsl));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(posts)) {
                answers.add(answer.get());
            }

            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
            List<ProcessDefinition> shapes = repository.createProcessDefinitionQuery()
                    .processDefinitionKeyLike("flowrun_" + prefix.replace("_", "\\_") + "\\_%").list();
            assertThat(shapes).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDocumentThatChangesAnActionStartsItsRunOnANewShape() {
        String prefix = fixture.deployActions();
        String before = fixture.runNamed(prefix, Fixture.unique("before"));
        String moved = fixture.actions(prefix).replace("/" + prefix + "/ci", "/" + prefix + "/ci-moved");

        Response posted = api.postText("/fsl", moved + "\n/\n" + fixture.flowRun(prefix, Fixture.unique("after")));

        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        String after = posted.json().path("statements").get(2).path("name").asText();
        assertThat(api.get("/flowrun/" + after).json().path("flow").asText())
                .isNotEqualTo(api.get("/flowrun/" + before).json().path("flow").asText());
        assertThat(fixture.awaitDispatch(after, "A").path()).isEqualTo("/" + prefix + "/ci-moved");
    }

    /** Runs a database of the former version holds (a deployment of their own each) are read, paused, stopped and deleted as before. */
    @Test
    void runsWithADefinitionOfTheirOwnKeepWorking() {
        String prefix = fixture.deployActions();
        String name = Fixture.unique("former");
        String fsl = fixture.flowRun(prefix, name);
        CompiledFlow own = compiler.compile(fixture.actions(prefix) + "\n/\n" + fsl).flow(name).orElseThrow();
        String deploymentId = repository.createDeployment().name("echoer:flowrun:" + name).source("echoer")
                .addString("definition.flowrun.fsl", fsl).addString(own.processId() + ".bpmn", own.bpmnXml()).deploy().getId();
        String definitionId = repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
        runtime.startProcessInstanceById(definitionId, name);

        Received a = fixture.awaitAccepted(name, "A");

        assertThat(a.json().path("project").asText()).isEqualTo("echoer");
        assertThat(api.get("/flowrun/" + name).json().path("currentStep").asText()).isEqualTo("A");
        assertThat(api.get("/flowrun/" + name + "/bpmn").body()).isEqualTo(own.bpmnXml());
        assertThat(api.post("/flowrun/" + name + "/pause", "application/json", "").json().path("state").asText()).isEqualTo("paused");
        assertThat(api.post("/flowrun/" + name + "/continue", "application/json", "").json().path("state").asText())
                .isEqualTo("running");
        assertThat(api.delete("/flowrun/" + name).status()).isEqualTo(200);
        assertThat(repository.createDeploymentQuery().deploymentId(deploymentId).count()).isZero();
        assertThat(api.get("/flowrun/" + name).status()).isEqualTo(404);
    }

    /** A step no path reaches is left out of the process: the run has the shape of the flow run without it, and finishes. */
    @Test
    void aStepNoRunReachesIsLeftOutOfTheShapeAndOfTheRun() {
        String prefix = fixture.deployActions();
        String without = fixture.runNamed(prefix, Fixture.unique("without"));
        String with = Fixture.unique("with");
        String fsl = fixture.flowRun(prefix, with).replace("flow_run_end", """
                    step orphan => (REJECT->A) { action = %s_approve; args = (work_order="never sent"); };
                flow_run_end""".formatted(prefix));

        Response posted = api.postFsl("/flowrun", fsl);

        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        assertThat(posted.json().path("warnings")).singleElement()
                .satisfies(warning -> assertThat(warning.path("code").asText()).isEqualTo("UNREACHABLE_STEP"));
        assertThat(api.get("/flowrun/" + with).json().path("flow").asText())
                .isEqualTo(api.get("/flowrun/" + without).json().path("flow").asText());
        BpmnModelInstance exported = read(api.get("/flowrun/" + with + "/bpmn"));
        assertThat(exported.getModelElementsByType(ServiceTask.class)).extracting(ServiceTask::getId)
                .containsExactly("Step_A", "Step_D");
        assertThat(api.get("/flowrun/" + with + "/svg").body()).doesNotContain("orphan");
        finish(with, fixture.awaitDispatch(with, "A").uuid());
        Received d = fixture.awaitDispatch(with, "D");
        assertThat(fixture.callback(with, "D", "REJECT", d.uuid(), true).status()).isEqualTo(200);
        JsonNode view = api.get("/flowrun/" + with).json();
        assertThat(view.path("state").asText()).isEqualTo("done");
        assertThat(view.path("statesPassed")).extracting(JsonNode::asText).containsExactly("A", "D");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(view.path("uuid").asText())
                .variableName("echoer.args").singleResult().getValue().toString()).doesNotContain("orphan");
    }

    private String post(String fsl) {
        Response posted = api.postFsl("/flowrun", fsl);
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        return posted.json().path("statements").get(0).path("name").asText();
    }

    private void finish(String run, String uuid) {
        assertThat(fixture.callback(run, "A", "SUCCESS", uuid, true).status()).isEqualTo(200);
    }

    private String runWithValues(String prefix, String name, String project, int retries, String workOrder) {
        return fixture.flowRun(prefix, name).replace("project=\"echoer\"", "project=\"" + project + "\"")
                .replace("retry_count=3", "retry_count=" + retries).replace("work_order=\"wo-1\"", "work_order=\"" + workOrder + "\"");
    }

    private static List<String> fieldNames(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static BpmnModelInstance read(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return Bpmn.readModelFromStream(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> arguments(BpmnModelInstance model, String taskId) {
        return properties(model, taskId).entrySet().stream().filter(e -> e.getKey().startsWith("echoer.arg."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static Map<String, String> properties(BpmnModelInstance model, String elementId) {
        ServiceTask task = model.getModelElementById(elementId);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (CamundaProperty property : task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
                .singleResult().getCamundaProperties()) {
            values.put(property.getCamundaName(), property.getCamundaValue());
        }
        return values;
    }
}
