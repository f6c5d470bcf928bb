package org.echoer.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The driver's runs by flow run name, for the action service to find the run a dispatch belongs to. */
final class RunRegistry {

    private final Map<String, RunProgress> runs = new ConcurrentHashMap<>();

    void register(RunBatch batch) {
        batch.runs().forEach(run -> runs.put(run.name(), run));
    }

    /** @return the run, or null for a flow run the driver did not submit */
    RunProgress find(String flowId) {
        return runs.get(flowId);
    }
}
