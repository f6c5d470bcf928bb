package org.echoer.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/** A {@link LoadReport} as a summary for people or as one line of JSON. */
final class ReportPrinter {

    private final ObjectMapper json;

    ReportPrinter(ObjectMapper json) {
        this.json = json;
    }

    String json(LoadReport report) throws JsonProcessingException {
        return json.writeValueAsString(report);
    }

    String text(LoadReport report) {
        StringBuilder out = new StringBuilder();
        out.append(format("workload %s (label %s) against %s %s: %d runs of %d steps, %d warm-up runs per server, concurrency %d%n",
                report.workload(), report.label(), report.target(), report.serverAddress(), report.runs(),
                report.stepsPerRun(),
                report.warmupRuns(), report.concurrency()));
        if (!report.finished()) {
            row(out, "NOT FINISHED", "%d runs still open at the timeout", report.unfinishedRuns());
        }
        row(out, "measured window", "%.2f s", report.windowSeconds());
        row(out, "throughput", "%.1f runs/s, %.1f steps/s", report.runsPerSecond(), report.stepsPerSecond());
        row(out, "runs in flight", "%.1f on average", report.meanRunsInFlight());
        row(out, "run latency", "%s", percentiles(report.runLatencyMs()));
        row(out, "callback -> next dispatch", "%s", percentiles(report.callbackToNextDispatchMs()));
        row(out, "", "%d next dispatches arrived before the callback's answer (counted as 0 ms)",
                report.dispatchBeforeCallbackAnswer());
        row(out, "submit answer", "%s", percentiles(report.submitAnswerMs()));
        row(out, "submit -> first dispatch", "%s", percentiles(report.submitToFirstDispatchMs()));
        row(out, "callback answer", "%s", percentiles(report.callbackAnswerMs()));
        LoadReport.Callbacks callbacks = report.callbacks();
        row(out, "callbacks", "%d sent (with warm-up), %d retried, failed: %s", callbacks.sent(), callbacks.retried(),
                callbacks.failed().isEmpty() ? "none" : callbacks.failed());
        LoadReport.Dispatches dispatches = report.dispatches();
        row(out, "dispatches", "%d received (with warm-up), %d repeated, %d foreign, %d malformed, %d failed in the driver",
                dispatches.received(), dispatches.repeated(), dispatches.foreign(), dispatches.malformed(),
                dispatches.failed());
        if (report.failedSubmits() > 0) {
            row(out, "FAILED SUBMITS", "%d, e.g. %s", report.failedSubmits(), report.submitErrors());
        }
        if (report.runsWithUnexpectedSteps() > 0) {
            row(out, "UNEXPECTED STEP COUNTS", "%d runs", report.runsWithUnexpectedSteps());
        }
        LoadReport.Verification verification = report.verification();
        row(out, "verified", "%d of %d sampled runs are in the state expected%s",
                verification.checked() - verification.notDone().size(), verification.checked(),
                verification.notDone().isEmpty() ? "" : "; NOT IN IT: " + verification.notDone());
        LoadReport.Floor floor = report.floor();
        if (floor != null) {
            row(out, "floor", "%d threads fetching up to %d tasks, %d loop errors; completes counted as callbacks",
                    floor.threads(), floor.maxTasks(), floor.loopErrors());
        }
        LoadReport.ServerUsage server = report.server();
        if (server != null) {
            row(out, "server pid " + server.pid(), 
                    "%.1f s CPU in the window (%.2f cores, %.1f ms per step, %.1f ms per run), peak RSS %.0f MB",
                    server.cpuSeconds(), server.cpuCores(), server.cpuMsPerStep(), server.cpuMsPerRun(), server.peakRssMb());
        }
        if (report.driverCpuSeconds() >= 0) {
            row(out, "driver", "%.1f s CPU in the window", report.driverCpuSeconds());
        }
        LoadReport.MachineUsage machine = report.machine();
        if (machine != null) {
            row(out, "machine", "%d cores, %.2f busy in the window, %.2f of them other processes; load average %.1f",
                    machine.cores(), machine.busyCores(), machine.otherCores(), machine.loadAverage());
        }
        row(out, "result", "%s", report.ok() ? "OK" : "FAILED");
        return out.toString();
    }

    private static String percentiles(Percentiles p) {
        return format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", p.p50(), p.p95(), p.p99(), p.max(),
                p.count());
    }

    private static void row(StringBuilder out, String label, String format, Object... args) {
        out.append(format("  %-26s ", label)).append(format(format, args)).append('\n');
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
