package org.echoer.plugin.run;

import org.echoer.plugin.event.EchoerEvent;
import org.echoer.plugin.event.EventType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricActivityInstanceQuery;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.echoer.plugin.step.StepDefinition;
import org.echoer.plugin.engine.parse.StepDefinitions;

/**
 * echoer's event log ({@code GET /event}), read from Camunda's history so every node of a cluster shows
 * the same: flow runs started and done, steps dispatched and acknowledged, most recent first.
 */
public final class EventLog {

    private final HistoryService history;
    private final StepDefinitions steps;

    public EventLog(HistoryService history, StepDefinitions steps) {
        this.history = history;
        this.steps = steps;
    }

    /**
     * Events {@code first} to {@code first + size} of the log. Each kind of event is its own time-ordered
     * history query; the newest {@code first + size} of each kind surely hold the page of the merged log.
     */
    public List<EchoerEvent> page(int first, int size) {
        int window = first + size;
        List<Source> sources = List.of(
                new Source(EventType.FLOW_RUN_STARTED, q -> q.activityType("startEvent").orderByHistoricActivityInstanceStartTime(),
                        HistoricActivityInstance::getStartTime),
                new Source(EventType.FLOW_RUN_DONE, q -> q.activityType("noneEndEvent").orderByHistoricActivityInstanceStartTime(),
                        HistoricActivityInstance::getStartTime),
                new Source(EventType.STEP_DISPATCHED, q -> q.activityType("serviceTask").orderByHistoricActivityInstanceStartTime(),
                        HistoricActivityInstance::getStartTime),
                new Source(EventType.STEP_ACKNOWLEDGED, q -> q.activityType("serviceTask").finished()
                        .orderByHistoricActivityInstanceEndTime(), HistoricActivityInstance::getEndTime));
        List<Found> found = new ArrayList<>();
        for (Source source : sources) {
            HistoricActivityInstanceQuery query = source.query().apply(history.createHistoricActivityInstanceQuery());
            for (HistoricActivityInstance activity : query.desc().orderByActivityId().desc().listPage(0, window)) {
                if (!(source.type() == EventType.STEP_ACKNOWLEDGED && activity.isCanceled())) { // a stopped run's step was not acknowledged
                    found.add(new Found(source.type(), activity, source.time().apply(activity)));
                }
            }
        }
        found.sort(Comparator.comparing(Found::time).reversed()
                .thenComparing(f -> f.type().ordinal(), Comparator.reverseOrder())
                .thenComparing(f -> f.activity().getId()));
        List<Found> page = found.stream().skip(first).limit(size).toList();
        Map<String, String> flowIds = flowIds(page);
        return page.stream().map(f -> event(f, flowIds.get(f.activity().getProcessInstanceId()))).toList();
    }

    private EchoerEvent event(Found found, String flowId) {
        HistoricActivityInstance activity = found.activity();
        String step = activity.getActivityType().equals("serviceTask")
                ? steps.find(activity.getProcessDefinitionId(), activity.getActivityId()).map(StepDefinition::stepName).orElse(null)
                : null;
        return new EchoerEvent(found.type().name(), flowId, step, null, null, found.time().toInstant());
    }

    private Map<String, String> flowIds(List<Found> page) {
        Set<String> ids = page.stream().map(f -> f.activity().getProcessInstanceId()).collect(Collectors.toSet());
        Map<String, String> flowIds = new HashMap<>();
        if (!ids.isEmpty()) {
            for (HistoricProcessInstance run : history.createHistoricProcessInstanceQuery().processInstanceIds(ids).list()) {
                flowIds.put(run.getId(), run.getBusinessKey());
            }
        }
        return flowIds;
    }

    private record Source(EventType type, Function<HistoricActivityInstanceQuery, HistoricActivityInstanceQuery> query,
            Function<HistoricActivityInstance, Date> time) {
    }

    private record Found(EventType type, HistoricActivityInstance activity, Date time) {
    }

}
