package org.echoer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Drives flow runs end to end against a running echoer: an instant action service on loopback answers
 * every dispatch and calls back at once, so what is measured is the engine's own cost per step.
 */
@Command(name = "LoadDriver", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Submits flow runs to echoer, answers their steps at once, and measures throughput and latency.")
public final class LoadDriver implements Callable<Integer> {

    private static final int FAILED = 1;
    private static final int UNFINISHED_SHOWN = 10;
    private static final double NANOS_PER_SECOND = 1e9;
    private static final double MILLIS_PER_SECOND = 1e3;
    private static final double KB_PER_MB = 1024.0;

    @Mixin
    private LoadOptions options;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadDriver()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        options.validate();
        String label = options.label();
        ObjectMapper json = new ObjectMapper();
        ServerApi api = new ServerApi(options.server(), json);
        ProcReader proc = ProcReader.system();
        Long serverPid = options.serverPid();
        if (serverPid != null && !proc.exists(serverPid)) {
            System.err.println("no process " + serverPid + " to watch (--server-pid)");
            return FAILED;
        }
        long deadline = System.nanoTime() + options.timeout().toNanos();
        RunRegistry registry = new RunRegistry();
        try (CallbackSender callbacks = new CallbackSender(options.server(), options.callbackConcurrency(), json);
                ActionService actions = ActionService.start(options.actionThreads(), registry, callbacks, json)) {
            Workload workload = options.workload().build(actions.address(), Path.of(""));
            ServerApi.Response deployed;
            try {
                deployed = api.postFsl(workload.actionsFsl());
            } catch (IOException unreachable) {
                System.err.println("cannot reach " + options.server() + ": " + unreachable);
                return FAILED;
            }
            if (!deployed.ok()) {
                System.err.println("POST /fsl with the workload's actions answered " + deployed.status() + ": "
                        + deployed.body());
                return FAILED;
            }
            try (Submitter submitter = new Submitter(api, workload, options.submitters())) {
                if (!warmUp(label, workload, registry, submitter, callbacks, deadline)) {
                    return FAILED;
                }
                RunBatch measured = RunBatch.of(names(label, options.runs()), options.concurrency(), workload);
                registry.register(measured);
                CpuWindow serverCpu = serverPid != null ? CpuWindow.open(proc, serverPid) : null;
                long driverPid = ProcessHandle.current().pid();
                CpuWindow driverCpu = proc.exists(driverPid) ? CpuWindow.open(proc, driverPid) : null;
                MachineWindow machine = driverCpu != null ? MachineWindow.open(proc) : null;
                submitter.start(measured);
                boolean finished = measured.await(deadline);
                CpuWindow.CpuUse serverCpuUsed = serverCpu != null ? serverCpu.close() : null;
                CpuWindow.CpuUse driverCpuUsed = driverCpu != null ? driverCpu.close() : null;
                MachineWindow.MachineUse machineUsed = machine != null ? machine.close() : null;
                if (!finished) {
                    System.err.println("TIMEOUT: " + measured.unfinished().size() + " of " + options.runs()
                            + " runs not finished after " + options.timeout() + ": " + describe(measured.unfinished()));
                }
                RunVerifier.Verification verification = finished
                        ? new RunVerifier(api).verify(RunVerifier.sample(names(label, options.runs()), options.verifySample()))
                        : new RunVerifier.Verification(0, Map.of());
                LoadReport report = report(label, workload, measured, finished, verification, callbacks, actions,
                        serverPid == null ? null : usage(proc, serverPid, serverCpuUsed, measured.measurements()),
                        driverCpuUsed,
                        machine(machineUsed, serverCpuUsed, driverCpuUsed));
                print(report, json);
                return report.ok() ? 0 : FAILED;
            }
        }
    }

    /** Runs the warm-up batch, if any; false when it did not go through. */
    private boolean warmUp(String label, Workload workload, RunRegistry registry, Submitter submitter,
            CallbackSender callbacks, long deadline) throws InterruptedException {
        if (options.warmupRuns() == 0) {
            return true;
        }
        RunBatch warmup = RunBatch.of(names(label + "_w", options.warmupRuns()), options.concurrency(), workload);
        registry.register(warmup);
        submitter.start(warmup);
        if (warmup.await(deadline) && warmup.failedSubmits() == 0) {
            return true;
        }
        System.err.println("the warm-up failed: " + warmup.failedSubmits() + " failed submits " + warmup.submitErrors()
                + ", " + warmup.unfinished().size() + " runs unfinished " + describe(warmup.unfinished())
                + "; callbacks failed: " + callbacks.failures());
        return false;
    }

    private LoadReport report(String label, Workload workload, RunBatch batch, boolean finished,
            RunVerifier.Verification verification, CallbackSender callbacks, ActionService actions,
            LoadReport.ServerUsage server, CpuWindow.CpuUse driverCpu, LoadReport.MachineUsage machine) {
        Measurements measured = batch.measurements();
        double seconds = finished ? batch.windowNanos() / NANOS_PER_SECOND : Double.NaN;
        int stepsPerRun = workload.shape().steps();
        long unexpected = batch.runs().stream().filter(r -> r.finished() && r.acceptedSteps() != stepsPerRun).count();
        return new LoadReport(workload.name(), label, options.server().toString(), options.runs(), options.warmupRuns(),
                options.concurrency(), stepsPerRun, finished, seconds, round(options.runs() / seconds),
                round(measured.stepsAccepted() / seconds),
                round(options.runs() / seconds * measured.runLatency().mean() / MILLIS_PER_SECOND),
                measured.runLatency(), measured.callbackToDispatch(),
                measured.submitAnswer(), measured.firstDispatch(), measured.callbackAnswer(),
                measured.dispatchBeforeAnswer(),
                new LoadReport.Callbacks(callbacks.sent(), measured.stepsAccepted(), callbacks.retried(), callbacks.failures()),
                new LoadReport.Dispatches(actions.dispatches(), measured.redispatches(), actions.foreignDispatches(),
                        actions.malformedDispatches(), actions.failedDispatches()),
                batch.failedSubmits(), batch.submitErrors(), batch.unfinished().size(), (int) unexpected,
                new LoadReport.Verification(verification.checked(), verification.notDone()), server,
                driverCpu == null ? -1 : round(driverCpu.cpu().toNanos() / NANOS_PER_SECOND), machine);
    }

    private static LoadReport.ServerUsage usage(ProcReader proc, long pid, CpuWindow.CpuUse cpu, Measurements measured)
            throws IOException {
        double cpuSeconds = cpu.cpu().toNanos() / NANOS_PER_SECOND;
        double perStep = measured.stepsAccepted() == 0 ? 0 : cpuSeconds * MILLIS_PER_SECOND / measured.stepsAccepted();
        return new LoadReport.ServerUsage(pid, round(cpuSeconds), round(cpu.cores()), round(perStep),
                round(proc.peakRssKb(pid) / KB_PER_MB));
    }

    private static LoadReport.MachineUsage machine(MachineWindow.MachineUse machine, CpuWindow.CpuUse server,
            CpuWindow.CpuUse driver) {
        if (machine == null) {
            return null;
        }
        double ours = (server != null ? server.cores() : 0) + (driver != null ? driver.cores() : 0);
        return new LoadReport.MachineUsage(machine.cores(), round(machine.busyCores()),
                round(Math.max(0, machine.busyCores() - ours)), machine.loadAverage());
    }

    private void print(LoadReport report, ObjectMapper json) throws IOException {
        ReportPrinter printer = new ReportPrinter(json);
        if (options.output() == OutputFormat.JSON) {
            System.err.print(printer.text(report));
            System.out.println(printer.json(report));
        } else {
            System.out.print(printer.text(report));
        }
    }

    /** bench_LABEL_1 .. bench_LABEL_count */
    private static List<String> names(String label, int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add("bench_" + label + "_" + i);
        }
        return names;
    }

    private static String describe(List<RunProgress> runs) {
        return runs.stream().limit(UNFINISHED_SHOWN).map(RunProgress::describe).toList().toString();
    }

    private static double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : value;
    }
}
