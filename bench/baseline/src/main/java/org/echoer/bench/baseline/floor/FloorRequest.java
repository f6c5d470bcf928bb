package org.echoer.bench.baseline.floor;

import java.util.List;

/**
 * One floor measurement: runs of a deployed process, started in-process with their names as business keys.
 * A warm-up is a measurement of its own, made first and not counted.
 *
 * @param concurrency runs in flight at most
 * @param starters threads starting runs
 * @param stepsPerRun completions that finish a run (the driver works it out from the FSL)
 * @param failuresFirst how many times each step answers {@code FAIL} in a run before its first declared state
 * @param timeoutSeconds give up on the runs not finished by then
 */
public record FloorRequest(String processKey, List<String> runs, int concurrency, int starters,
        int stepsPerRun, int failuresFirst, long timeoutSeconds) {

    public FloorRequest {
        runs = runs == null ? List.of() : List.copyOf(runs);
        if (processKey == null || runs.isEmpty() || concurrency < 1 || starters < 1 || stepsPerRun < 1
                || failuresFirst < 0 || timeoutSeconds < 1) {
            throw new IllegalArgumentException("a floor run needs processKey, runs, concurrency >= 1, starters >= 1, "
                    + "stepsPerRun >= 1, failuresFirst >= 0 and timeoutSeconds >= 1");
        }
    }
}
