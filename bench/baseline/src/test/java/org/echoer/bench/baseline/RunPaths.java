package org.echoer.bench.baseline;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/** What the engine's history says a run did: its state and the steps it went through, in order. */
final class RunPaths {

    private final HistoryService history;

    RunPaths(HistoryService history) {
        this.history = history;
    }

    String state(String businessKey) {
        HistoricProcessInstance run = instance(businessKey);
        return run == null ? "[none]" : run.getState();
    }

    /** The FSL step names in the order they ran (the service tasks are named "STEP (ACTION)"). */
    List<String> steps(String businessKey) {
        HistoricProcessInstance run = instance(businessKey);
        if (run == null) {
            return List.of();
        }
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(run.getId())
                .activityType("serviceTask")
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc()
                .list().stream()
                .map(HistoricActivityInstance::getActivityName)
                .map(name -> name.substring(0, name.indexOf(" (")))
                .toList();
    }

    private HistoricProcessInstance instance(String businessKey) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
    }
}
