package org.echoer.plugin.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.echoer.plugin.definition.StepDefinitions;

/**
 * echoer's event log ({@code GET /event}), read from Camunda's history so every node of a cluster shows
 * the same: flow runs started and ended, steps dispatched and acknowledged, most recent first.
 */
public final class EventLog {

    private final HistoryService history;
    private final StepDefinitions steps;

    public EventLog(HistoryService history, StepDefinitions steps) {
        this.history = history;
        this.steps = steps;
    }

    public List<EchoerEvent> page(int page, int size) {
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .orderByHistoricActivityInstanceStartTime().desc()
                .listPage(page * size, size);
        Set<String> instanceIds = activities.stream().map(HistoricActivityInstance::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, HistoricProcessInstance> runs = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            history.createHistoricProcessInstanceQuery().processInstanceIds(instanceIds).list()
                    .forEach(run -> runs.put(run.getId(), run));
        }
        List<EchoerEvent> events = new ArrayList<>();
        for (HistoricActivityInstance activity : activities) {
            HistoricProcessInstance run = runs.get(activity.getProcessInstanceId());
            String flowId = run != null ? run.getBusinessKey() : null;
            switch (activity.getActivityType()) {
                case "startEvent" -> events.add(at(EventType.FLOW_RUN_STARTED, flowId, null, activity.getStartTime()));
                case "noneEndEvent" -> events.add(at(EventType.FLOW_RUN_DONE, flowId, null, activity.getStartTime()));
                case "serviceTask" -> {
                    String step = steps.get(activity.getProcessDefinitionId(), activity.getActivityId()).stepName();
                    events.add(at(EventType.STEP_DISPATCHED, flowId, step, activity.getStartTime()));
                    if (activity.getEndTime() != null && !activity.isCanceled()) {
                        events.add(at(EventType.STEP_ACKNOWLEDGED, flowId, step, activity.getEndTime()));
                    }
                }
                default -> {
                    // gateways are how a flow routes, not something that happened to it
                }
            }
        }
        events.sort(Comparator.comparing(EchoerEvent::time).reversed());
        return events;
    }

    private static EchoerEvent at(EventType type, String flowId, String step, java.util.Date time) {
        return new EchoerEvent(type.name(), flowId, step, null, null, time.toInstant());
    }
}
