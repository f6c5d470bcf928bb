package org.echoer.plugin.dispatch;

import java.time.Duration;

/**
 * @param workerId this node's name as lock owner of the external tasks it dispatches
 * @param batchSize how many steps one fetch-and-lock takes at most
 * @param maxInFlight how many dispatch POSTs may be under way at once
 * @param lease how long a step stays locked while its POST is under way; a node that dies mid-POST
 *     leaves it to be dispatched again (same uuid) once this has passed
 * @param sweepInterval how often the dispatcher looks for work it was not woken for (restarts, other nodes)
 * @param minFetchGap the least time between two fetches when the engine signals new external tasks; with
 *     lock-on-create those signals are mostly the dispatcher's own steps, so fetching on each would be waste
 */
public record DispatchSettings(String workerId, int batchSize, int maxInFlight, Duration lease,
        Duration sweepInterval, Duration minFetchGap, RetrySchedule retry) {
}
