package org.echoer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Drives flow runs end to end against a running echoer, or the Camunda baseline beside it: an instant
 * action service on loopback answers every dispatch and calls back at once, so what is measured is the
 * engine's own cost per step.
 */
@Command(name = "LoadDriver", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Submits flow runs to echoer (or the Camunda baseline), answers their steps at once, and measures "
                + "throughput and latency.")
public final class LoadDriver implements Callable<Integer> {

    private static final int FAILED = 1;
    private static final int UNFINISHED_SHOWN = 10;
    private static final double NANOS_PER_SECOND = 1e9;
    private static final double MILLIS_PER_SECOND = 1e3;
    private static final double KB_PER_MB = 1024.0;
    /** How long a paced driver waits for its next round: the other servers' rounds come first. */
    private static final Duration ROUND_PATIENCE = Duration.ofHours(2);

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
        ServerApi api = new ServerApi(json);
        ServerList servers = options.servers();
        ProcReader proc = ProcReader.system();
        Long serverPid = options.serverPid();
        if (serverPid != null && !proc.exists(serverPid)) {
            System.err.println("no process " + serverPid + " to watch (--server-pid)");
            return FAILED;
        }
        if (options.target() == TargetKind.CAMUNDA_FLOOR) {
            return floor(label, api, servers, proc, serverPid, json);
        }
        RunRegistry registry = new RunRegistry();
        try (CallbackSender callbacks = new CallbackSender(servers, options.callbackConcurrency(), json);
                ActionService actions = ActionService.start(options.actionThreads(), registry, callbacks, json)) {
            Workload workload = options.workload().build(actions.address(), Path.of(""));
            Target target = switch (options.target()) {
                case ECHOER -> new EchoerTarget(api, servers, workload);
                case ECHOER_TEMPLATE -> new EchoerTemplateTarget(api, servers, workload, options.templateArguments());
                default -> new CamundaClientTarget(api, servers, workload);
            };
            if (!deployed(target, servers)) {
                return FAILED;
            }
            try (Submitter submitter = new Submitter(target, servers, options.submitters())) {
                return rounds(label, options.warmupRunsInAll(), json,
                        (warmupLabel, runs, deadline) -> warmUp(warmupLabel, runs, workload, registry, submitter, callbacks,
                                deadline),
                        (roundLabel, deadline) -> measure(roundLabel, workload, target, registry, submitter, callbacks, actions,
                                proc, serverPid, deadline));
            }
        }
    }

    /** Warms the server up with {@code runs} runs named after the label; false when that did not go through. */
    @FunctionalInterface
    private interface WarmUp {
        boolean run(String label, int runs, long deadline) throws IOException, InterruptedException;
    }

    /** Measures one round's runs, named after the label. */
    @FunctionalInterface
    private interface Measure {
        LoadReport run(String label, long deadline) throws IOException, InterruptedException;
    }

    /**
     * The warm-up, then each measured round after its own short warm-up, when the rounds directory says go (at
     * once without one); each round's report printed as it ends.
     */
    private int rounds(String label, int warmupRuns, ObjectMapper json, WarmUp warmUp, Measure measure)
            throws IOException, InterruptedException {
        // named apart from the rounds' warm-ups: with one round, a round's label is the run's own
        if (!warmUp.run(label + "_warm", warmupRuns, deadlineFromNow())) {
            return FAILED;
        }
        RoundControl control = RoundControl.in(options.roundsDir(), ROUND_PATIENCE);
        control.warmedUp();
        boolean ok = true;
        for (int round = 1; round <= options.rounds(); round++) {
            String roundLabel = roundLabel(label, round);
            if (!control.awaitGo(round)) {
                System.err.println("no go for round " + round + " within " + ROUND_PATIENCE);
                return FAILED;
            }
            // each round gets the whole timeout: the other servers' rounds before it may take long
            long deadline = deadlineFromNow();
            if (!warmUp.run(roundLabel + "_w", options.roundWarmupRunsInAll(), deadline)) {
                return FAILED;
            }
            LoadReport report = measure.run(roundLabel, deadline);
            ok &= report.ok();
            print(report, json, control, round);
        }
        return ok ? 0 : FAILED;
    }

    private long deadlineFromNow() {
        return System.nanoTime() + options.timeout().toNanos();
    }

    /** One round's measured runs. */
    private LoadReport measure(String label, Workload workload, Target target, RunRegistry registry, Submitter submitter,
            CallbackSender callbacks, ActionService actions, ProcReader proc, Long serverPid, long deadline)
            throws IOException, InterruptedException {
        RunBatch measured = RunBatch.of(names(label, options.runs()), options.concurrency(), workload, options.until());
        registry.register(measured);
        UsageWindows windows = UsageWindows.open(proc, serverPid);
        submitter.start(measured);
        boolean finished = measured.await(deadline);
        UsageWindows.Usage usage = windows.close();
        if (!finished) {
            System.err.println("TIMEOUT: " + measured.unfinished().size() + " of " + options.runs()
                    + " runs not finished after " + options.timeout() + ": " + describe(measured.unfinished()));
        }
        int stepsPerRun = options.until() == RunEnd.DONE ? workload.shape().steps() : 0;
        long unexpected = measured.runs().stream()
                .filter(r -> r.finished() && r.acceptedSteps() != stepsPerRun).count();
        Outcome outcome = new Outcome(measured.measurements(), measured.windowNanos() / NANOS_PER_SECOND,
                finished, measured.unfinished().size(), measured.failedSubmits(), measured.submitErrors(),
                (int) unexpected);
        return report(label, workload, outcome, verify(target, label, finished),
                new LoadReport.Callbacks(callbacks.sent(), outcome.measured().stepsAccepted(),
                        callbacks.retried(), callbacks.failures()),
                new LoadReport.Dispatches(actions.dispatches(), outcome.measured().redispatches(),
                        actions.foreignDispatches(), actions.malformedDispatches(), actions.failedDispatches()),
                usage, proc, serverPid, null);
    }

    /** The runs of round 2 on are named apart from the first's. */
    private String roundLabel(String label, int round) {
        return options.rounds() == 1 ? label : label + "_r" + round;
    }

    /**
     * The engine floor: the baseline app in floor mode starts and works the runs itself; the driver deploys
     * the flow, asks for a warm-up and then the measured runs, and reports the timings the app sends back.
     */
    private int floor(String label, ServerApi api, ServerList servers, ProcReader proc, Long serverPid,
            ObjectMapper json) throws IOException, InterruptedException {
        // the floor calls no action: the addresses in its BPMN are never used
        Workload workload = options.workload().build(URI.create("http://127.0.0.1:1"), Path.of(""));
        CamundaClientTarget target = new CamundaClientTarget(api, servers, workload);
        if (!deployed(target, servers)) {
            return FAILED;
        }
        FloorMeasurement floor = new FloorMeasurement(api, servers.first());
        // the floor app runs its runs itself, under the timeout it is given
        return rounds(label, options.warmupRuns(), json,
                (warmupLabel, runs, deadline) -> floorWarmUp(floor, target, workload, warmupLabel, runs),
                (roundLabel, deadline) -> floorMeasure(floor, target, workload, roundLabel, proc, serverPid));
    }

    private boolean floorWarmUp(FloorMeasurement floor, CamundaClientTarget target, Workload workload, String label, int runs)
            throws IOException, InterruptedException {
        if (runs == 0) {
            return true;
        }
        FloorMeasurement.Answer warmup = floor.run(floorRequest(target, workload, names(label, runs)), options.timeout());
        if (!warmup.finished()) {
            System.err.println("the floor's warm-up did not finish: " + warmup.unfinishedRuns() + " runs open "
                    + warmup.unfinished() + ", " + warmup.failedStarts() + " failed starts " + warmup.startErrors());
        }
        return warmup.finished();
    }

    private LoadReport floorMeasure(FloorMeasurement floor, CamundaClientTarget target, Workload workload, String label,
            ProcReader proc, Long serverPid) throws IOException, InterruptedException {
        UsageWindows windows = UsageWindows.open(proc, serverPid);
        FloorMeasurement.Answer answer = floor.run(floorRequest(target, workload, names(label, options.runs())),
                options.timeout());
        UsageWindows.Usage usage = windows.close();
        if (!answer.finished()) {
            System.err.println("NOT FINISHED: " + answer.unfinishedRuns() + " of " + options.runs() + " runs: "
                    + answer.unfinished());
        }
        Measurements measured = answer.measurements();
        Outcome outcome = new Outcome(measured, answer.windowSeconds(), answer.finished(), answer.unfinishedRuns(),
                answer.failedStarts(), answer.startErrors(), 0);
        return report(label, workload, outcome, verify(target, label, answer.finished()),
                new LoadReport.Callbacks(0, measured.stepsAccepted(), 0, Map.of()),
                new LoadReport.Dispatches(0, 0, 0, 0, 0), usage, proc, serverPid,
                new LoadReport.Floor(answer.threads(), answer.maxTasks(), answer.loopErrors()));
    }

    private FloorMeasurement.Request floorRequest(CamundaClientTarget target, Workload workload, List<String> runs) {
        return new FloorMeasurement.Request(target.processKey(), runs, options.concurrency(), options.submitters(),
                workload.shape().steps(), workload.policy().failuresFirst(), options.timeout().toSeconds());
    }

    /** Deploys the workload on the first node; false, with the reason on stderr, when that failed. */
    private static boolean deployed(Target target, ServerList servers) throws InterruptedException {
        ServerApi.Response deployed;
        try {
            deployed = target.deploy();
        } catch (IOException unreachable) {
            System.err.println("cannot reach " + servers.first() + ": " + unreachable);
            return false;
        }
        if (!deployed.ok()) {
            System.err.println("deploying the workload answered " + deployed.status() + ": " + deployed.body());
        }
        return deployed.ok();
    }

    private RunVerifier.Verification verify(Target target, String label, boolean finished) throws InterruptedException {
        if (!finished) {
            return new RunVerifier.Verification(0, Map.of());
        }
        List<String> sample = RunVerifier.sample(names(label, options.runs()), options.verifySample());
        return new RunVerifier(target, options.until().state()).verify(sample);
    }

    /** Runs a warm-up batch of {@code runs} runs, if any; false when it did not go through. */
    private boolean warmUp(String label, int runs, Workload workload, RunRegistry registry, Submitter submitter,
            CallbackSender callbacks, long deadline) throws InterruptedException {
        if (runs == 0) {
            return true;
        }
        RunBatch warmup = RunBatch.of(names(label, runs), options.concurrency(), workload, options.until());
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

    /** What the measured runs came to, whoever ran them. */
    private record Outcome(Measurements measured, double windowSeconds, boolean finished, int unfinished,
            int failedSubmits, List<String> submitErrors, int runsWithUnexpectedSteps) {
    }

    private LoadReport report(String label, Workload workload, Outcome outcome, RunVerifier.Verification verification,
            LoadReport.Callbacks callbacks, LoadReport.Dispatches dispatches, UsageWindows.Usage usage, ProcReader proc,
            Long serverPid, LoadReport.Floor floor) throws IOException {
        Measurements measured = outcome.measured();
        double seconds = outcome.finished() ? outcome.windowSeconds() : Double.NaN;
        CpuWindow.CpuUse serverCpu = usage.server();
        CpuWindow.CpuUse driverCpu = usage.driver();
        return new LoadReport(workload.name(), options.target().word(), label, options.servers().toString(),
                options.runs(), options.warmupRuns(), options.concurrency(), workload.shape().steps(),
                outcome.finished(), seconds, round(options.runs() / seconds), round(measured.stepsAccepted() / seconds),
                round(options.runs() / seconds * measured.runLatency().mean() / MILLIS_PER_SECOND),
                measured.runLatency(), measured.callbackToDispatch(),
                measured.submitAnswer(), measured.firstDispatch(), measured.callbackAnswer(),
                measured.dispatchBeforeAnswer(), callbacks, dispatches,
                outcome.failedSubmits(), outcome.submitErrors(), outcome.unfinished(), outcome.runsWithUnexpectedSteps(),
                new LoadReport.Verification(verification.checked(), verification.notDone()),
                serverPid == null || serverCpu == null ? null : usage(proc, serverPid, serverCpu, measured, options.runs()),
                driverCpu == null ? -1 : round(driverCpu.cpu().toNanos() / NANOS_PER_SECOND),
                machine(usage.machine(), serverCpu, driverCpu), floor);
    }

    private static LoadReport.ServerUsage usage(ProcReader proc, long pid, CpuWindow.CpuUse cpu, Measurements measured,
            int runs) throws IOException {
        double cpuSeconds = cpu.cpu().toNanos() / NANOS_PER_SECOND;
        double perStep = measured.stepsAccepted() == 0 ? 0 : cpuSeconds * MILLIS_PER_SECOND / measured.stepsAccepted();
        return new LoadReport.ServerUsage(pid, round(cpuSeconds), round(cpu.cores()), round(perStep),
                round(cpuSeconds * MILLIS_PER_SECOND / runs), round(proc.peakRssKb(pid) / KB_PER_MB));
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

    /** The report as text, or as JSON with the text on stderr; paced rounds write their JSON to the rounds directory. */
    private void print(LoadReport report, ObjectMapper json, RoundControl control, int round) throws IOException {
        ReportPrinter printer = new ReportPrinter(json);
        if (options.output() == OutputFormat.JSON) {
            System.err.print(printer.text(report));
            if (control.paced()) {
                control.report(round, printer.json(report));
            } else {
                System.out.println(printer.json(report));
            }
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
