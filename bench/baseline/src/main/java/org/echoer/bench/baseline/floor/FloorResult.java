package org.echoer.bench.baseline.floor;

import java.util.List;

/**
 * The floor's measured runs. The durations are raw, in nanoseconds, so the load driver puts them through
 * the same histograms as its own; a complete() stands for a callback, a fetch for a dispatch.
 *
 * @param unfinished the first few unfinished runs, described
 * @param windowSeconds from the first start to the last run's final completion
 * @param loopErrors exceptions the fetch-and-lock/complete loop caught and went on after
 * @param startNanos how long each startProcessInstanceByKey took
 * @param firstFetchNanos from a run's start to its first step's fetch
 * @param completeToFetchNanos from a step's completion to the fetch of the run's next step (0 when fetched first)
 * @param completeNanos how long each complete() took
 */
public record FloorResult(
        String processKey,
        List<String> topics,
        int runs,
        int stepsPerRun,
        int threads,
        int maxTasks,
        boolean finished,
        int unfinishedRuns,
        List<String> unfinished,
        int failedStarts,
        List<String> startErrors,
        long loopErrors,
        double windowSeconds,
        long stepsCompleted,
        double runsPerSecond,
        double stepsPerSecond,
        long[] runLatencyNanos,
        long[] startNanos,
        long[] firstFetchNanos,
        long[] completeToFetchNanos,
        long[] completeNanos) {
}
