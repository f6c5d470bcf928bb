package org.echoer.plugin.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.echoer.fsl.layout.DiagramMarks;
import org.echoer.fsl.layout.SvgRenderer;
import org.echoer.plugin.definition.DefinitionKind;
import org.echoer.plugin.definition.DefinitionStore;

/** BPMN as deployed and SVG pictures of flows and flow runs; a run's picture marks the steps passed and the current one. */
public final class Diagrams {

    private final DefinitionStore store;
    private final RepositoryService repository;
    private final HistoryService history;
    private final ExternalTaskService externalTasks;
    private final FlowRuns runs;
    private final SvgRenderer svg = new SvgRenderer();

    public Diagrams(DefinitionStore store, RepositoryService repository, HistoryService history, ExternalTaskService externalTasks,
            FlowRuns runs) {
        this.store = store;
        this.repository = repository;
        this.history = history;
        this.externalTasks = externalTasks;
        this.runs = runs;
    }

    public byte[] flowBpmn(String flowName) {
        return bpmn(flowDefinition(flowName).getId());
    }

    public String flowSvg(String flowName) {
        ProcessDefinition definition = flowDefinition(flowName);
        return svg.render(repository.getBpmnModelInstance(definition.getId()), definition.getKey(), DiagramMarks.none());
    }

    public byte[] runBpmn(String runName) {
        return bpmn(runs.require(runName).getProcessDefinitionId());
    }

    public String runSvg(String runName) {
        HistoricProcessInstance run = runs.require(runName);
        Set<String> passed = new HashSet<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(run.getId()).list()) {
            if (activity.getEndTime() != null) {
                passed.add(activity.getActivityId());
            }
        }
        Set<String> current = new HashSet<>();
        externalTasks.createExternalTaskQuery().processInstanceId(run.getId()).list()
                .forEach(task -> current.add(task.getActivityId()));
        return svg.render(repository.getBpmnModelInstance(run.getProcessDefinitionId()), run.getProcessDefinitionKey(),
                new DiagramMarks(passed, current));
    }

    private ProcessDefinition flowDefinition(String flowName) {
        var flow = store.latest(DefinitionKind.FLOW, flowName)
                .orElseThrow(() -> new FlowRunNotFoundException("no flow '" + flowName + "'"));
        return repository.createProcessDefinitionQuery().deploymentId(flow.uuid()).singleResult();
    }

    private byte[] bpmn(String processDefinitionId) {
        try (InputStream in = repository.getProcessModel(processDefinitionId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
