package org.echoer.bench;

import java.util.List;
import java.util.Map;

/**
 * The result of one load test. Rates, latencies and server usage cover the measured runs only (the
 * window from their first submit to their last final callback); callback and dispatch counts cover the
 * warm-up too.
 *
 * @param finished whether every measured run finished before the timeout
 * @param meanRunsInFlight runs under way on average in the window (Little's law: runs/s times mean latency);
 *     the submitters' pace, not {@code --concurrency}, sets it when {@code POST /flowrun} is slow
 * @param target echoer, camunda-client or camunda-floor
 * @param submitAnswerMs the round trip of starting a run ({@code POST /flowrun} on echoer)
 * @param callbackAnswerMs the round trip of a callback {@code POST /step}, from its first attempt to its 2xx
 * @param dispatchBeforeCallbackAnswer next dispatches that arrived before the driver had the previous
 *     callback's answer (recorded as 0 ms)
 * @param runsWithUnexpectedSteps finished runs whose accepted steps differ from the workload's steps per run
 * @param server the server process's usage, or null without {@code --server-pid}
 * @param driverCpuSeconds this driver's own CPU time in the window, or -1 where {@code /proc} is missing
 * @param machine the whole machine in the window, or null where {@code /proc} is missing
 * @param floor how the floor worked, for {@code camunda-floor} only, else null
 */
record LoadReport(
        String workload,
        String target,
        String label,
        String serverAddress,
        int runs,
        int warmupRuns,
        int concurrency,
        int stepsPerRun,
        boolean finished,
        double windowSeconds,
        double runsPerSecond,
        double stepsPerSecond,
        double meanRunsInFlight,
        Percentiles runLatencyMs,
        Percentiles callbackToNextDispatchMs,
        Percentiles submitAnswerMs,
        Percentiles submitToFirstDispatchMs,
        Percentiles callbackAnswerMs,
        long dispatchBeforeCallbackAnswer,
        Callbacks callbacks,
        Dispatches dispatches,
        int failedSubmits,
        List<String> submitErrors,
        int unfinishedRuns,
        int runsWithUnexpectedSteps,
        Verification verification,
        ServerUsage server,
        double driverCpuSeconds,
        MachineUsage machine,
        Floor floor) {

    /** @param failed callbacks that never got a 2xx, by status or exception */
    record Callbacks(long sent, long acceptedMeasured, long retried, Map<String, Long> failed) {
    }

    /**
     * @param foreign for flow runs this driver did not submit
     * @param failed the driver failed on them (a bug in the driver)
     */
    record Dispatches(long received, long repeated, long foreign, long malformed, long failed) {
    }

    record Verification(int checked, Map<String, String> notDone) {
    }

    /**
     * @param cpuCores CPU seconds per second of the window: 1.0 is one core busy all the time
     * @param cpuMsPerStep the window's CPU time over the steps accepted in it: the server's cost per step, all in
     * @param cpuMsPerRun the window's CPU time over the measured runs (for starts measured alone)
     * @param peakRssMb over the server's whole life ({@code VmHWM}), start-up and warm-up included
     */
    record ServerUsage(long pid, double cpuSeconds, double cpuCores, double cpuMsPerStep, double cpuMsPerRun,
            double peakRssMb) {
    }

    /**
     * @param busyCores cores busy on average in the window, all processes together
     * @param otherCores of those, what neither the server (when known) nor the driver used
     * @param loadAverage the 1-minute load average at the end of the window
     */
    record MachineUsage(int cores, double busyCores, double otherCores, double loadAverage) {
    }

    /**
     * The floor's own figures: its completes stand for callbacks and its fetches for dispatches.
     *
     * @param loopErrors exceptions its fetch-and-lock/complete loop caught and went on after
     */
    record Floor(int threads, int maxTasks, long loopErrors) {
    }

    /** Whether the test passed: every run finished, submitted and verified done. */
    boolean ok() {
        return finished && failedSubmits == 0 && verification.notDone().isEmpty();
    }
}
