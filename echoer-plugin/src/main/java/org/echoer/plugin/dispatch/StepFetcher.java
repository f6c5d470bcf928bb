package org.echoer.plugin.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.echoer.fsl.bpmn.ExtensionProperties;
import org.echoer.plugin.engine.parse.DrawnProcesses;
import org.echoer.plugin.step.RunVariables;

/**
 * Fetch-and-lock of the steps nobody handed over (another node's lapsed lease, a restart, retries, drawn
 * processes): first echoer's own, by the version tag of the definitions it generates, then those of drawn
 * processes, by definition id. Other external tasks belong to other workers and stay theirs.
 */
final class StepFetcher {

    private final ExternalTaskService externalTasks;
    private final RepositoryService repository;
    private final DrawnProcesses drawn;
    private final DispatchSettings settings;
    private final Pacing pacing;
    private final Runnable wake;

    /** @param wake wakes the dispatcher's loop: drawn processes were found whose steps wait */
    StepFetcher(ExternalTaskService externalTasks, RepositoryService repository, DrawnProcesses drawn, DispatchSettings settings,
            Pacing pacing, Runnable wake) {
        this.externalTasks = externalTasks;
        this.repository = repository;
        this.drawn = drawn;
        this.settings = settings;
        this.pacing = pacing;
        this.wake = wake;
    }

    /** Locks waiting steps to this node: one for each free permit, a batch at most. */
    List<LockedExternalTask> fetch(int freePermits) {
        int wanted = Math.min(settings.batchSize(), freePermits);
        List<LockedExternalTask> tasks = new ArrayList<>();
        List<String> topics = externalTasks.getTopicNames(false, true, true);
        if (!topics.isEmpty()) {
            tasks.addAll(fetch(topics, wanted, topic -> topic.processDefinitionVersionTag(ExtensionProperties.VERSION_TAG)));
            if (tasks.size() < wanted && !drawn.isEmpty()) {
                String[] drawnIds = drawn.ids();
                tasks.addAll(fetch(topics, wanted - tasks.size(), topic -> topic.processDefinitionIdIn(drawnIds)));
            }
            if (tasks.size() < wanted && pacing.lookForDrawnProcesses(System.nanoTime())) {
                discoverDrawnProcesses();
            }
        }
        return tasks;
    }

    private List<LockedExternalTask> fetch(List<String> topics, int max, UnaryOperator<ExternalTaskQueryTopicBuilder> filter) {
        ExternalTaskQueryBuilder fetch = externalTasks.fetchAndLock(max, settings.workerId());
        for (String topic : topics) {
            filter.apply(fetch.topic(topic, settings.lease().toMillis())).variables(RunVariables.GLOBALS, RunVariables.START_ARGS);
        }
        return fetch.execute();
    }

    /**
     * The steps no fetch took may belong to processes drawn by hand that this node has not parsed yet
     * (deployed by another node, or before a restart).
     */
    private void discoverDrawnProcesses() {
        List<String> definitionIds = externalTasks.createExternalTaskQuery().notLocked().withRetriesLeft().active()
                .listPage(0, settings.batchSize()).stream().map(ExternalTask::getProcessDefinitionId).toList();
        int known = drawn.ids().length;
        drawn.discover(definitionIds, repository);
        if (drawn.ids().length > known) {
            wake.run();
        }
    }
}
