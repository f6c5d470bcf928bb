package org.echoer.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The load driver's command-line options. */
final class LoadOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private ServerList serverList;

    @Option(names = "--server", required = true, split = ",",
            description = "The server's base address, e.g. http://127.0.0.1:8080; several nodes comma-separated: "
                    + "runs go to each in turn, callbacks to any.")
    private List<URI> servers;

    @Option(names = "--target", defaultValue = "echoer", converter = TargetKind.Converter.class,
            description = "echoer, camunda-client (the baseline app with Camunda's external-task client) or "
                    + "camunda-floor (the baseline app in floor mode) (default: ${DEFAULT-VALUE}).")
    private TargetKind target;

    @Option(names = "--runs", defaultValue = "500", description = "Flow runs to measure (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--concurrency", defaultValue = "500",
            description = "Flow runs in flight at most (default: ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(names = "--workload", defaultValue = "seed",
            description = "seed, linear20 or loops (default: ${DEFAULT-VALUE}).")
    private WorkloadKind workload;

    @Option(names = "--server-pid", description = "The server's process id: report its CPU time and peak RSS.")
    private Long serverPid;

    @Option(names = "--warmup-runs", defaultValue = "3000",
            description = "Runs before the measured ones, not counted, per server: each node of a cluster warms up"
                    + " as much as a single server does; fewer leave the JVMs compiling while they are measured"
                    + " (default: ${DEFAULT-VALUE}).")
    private int warmupRuns;

    @Option(names = "--rounds", defaultValue = "1", description = "Measured rounds of --runs runs (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--round-warmup-runs", defaultValue = "0",
            description = "Runs before each round's measured ones, per server (default: ${DEFAULT-VALUE}).")
    private int roundWarmupRuns;

    @Option(names = "--rounds-dir",
            description = "Pace the rounds through files here: write 'ready' after the warm-up, wait for 'go-N'"
                    + " before round N, write its report to 'round-N.json' (default: none, rounds follow at once).")
    private Path roundsDir;

    @Option(names = "--label",
            description = "Names the runs bench_<label>_<i>: letters, digits, '_' (default: the workload and the time).")
    private String label;

    @Option(names = "--output", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat output;

    @Option(names = "--timeout", defaultValue = "10m", converter = DurationConverter.class,
            description = "Fail when the runs have not finished after this long (default: ${DEFAULT-VALUE}).")
    private Duration timeout;

    // each waits for its start's answer (a commit): too few of them, and the starts, not the server, set the pace
    @Option(names = "--submitters", defaultValue = "16", description = "Submitting threads (default: ${DEFAULT-VALUE}).")
    private int submitters;

    @Option(names = "--action-threads", defaultValue = "16",
            description = "Threads of the action service (default: ${DEFAULT-VALUE}).")
    private int actionThreads;

    @Option(names = "--callback-concurrency", defaultValue = "256",
            description = "Callbacks in flight at most (default: ${DEFAULT-VALUE}).")
    private int callbackConcurrency;

    @Option(names = "--until", defaultValue = "done", converter = RunEnd.Converter.class,
            description = "When a run counts as through: done (its last callback accepted) or first-dispatch (its first"
                    + " step dispatched; the action does not call back, the run stays at that step), which measures"
                    + " starts alone (default: ${DEFAULT-VALUE}).")
    private RunEnd until;

    @Option(names = "--template-args",
            description = "echoer-template: each start carries the flow run's argument values, as a flow_run does;"
                    + " without, the runs take the template's own values (default: without).")
    private boolean templateArguments;

    @Option(names = "--verify-sample", defaultValue = "20",
            description = "Runs whose state is checked to be done at the end (default: ${DEFAULT-VALUE}).")
    private int verifySample;

    /** @throws ParameterException for values out of range */
    void validate() {
        positive("--runs", runs);
        positive("--concurrency", concurrency);
        positive("--submitters", submitters);
        positive("--action-threads", actionThreads);
        positive("--callback-concurrency", callbackConcurrency);
        positive("--verify-sample", verifySample);
        positive("--rounds", rounds);
        if (warmupRuns < 0 || roundWarmupRuns < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup-runs and --round-warmup-runs must not be negative");
        }
        try {
            serverList = ServerList.of(servers);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--server: " + e.getMessage());
        }
        if (until == RunEnd.FIRST_DISPATCH && target != TargetKind.ECHOER && target != TargetKind.ECHOER_TEMPLATE) {
            throw new ParameterException(spec.commandLine(), "--until first-dispatch measures echoer's targets only");
        }
        if (templateArguments && target != TargetKind.ECHOER_TEMPLATE) {
            throw new ParameterException(spec.commandLine(), "--template-args is for --target echoer-template");
        }
        if (label != null && !label.matches("[A-Za-z0-9_]+")) {
            throw new ParameterException(spec.commandLine(), "--label may hold letters, digits and '_' only: " + label);
        }
    }

    private void positive(String option, int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), option + " must be at least 1, not " + value);
        }
    }

    /** The nodes under test; call {@link #validate()} first. */
    ServerList servers() {
        return serverList;
    }

    TargetKind target() {
        return target;
    }

    int runs() {
        return runs;
    }

    int concurrency() {
        return concurrency;
    }

    WorkloadKind workload() {
        return workload;
    }

    /** The server's process id, or null. */
    Long serverPid() {
        return serverPid;
    }

    int warmupRuns() {
        return warmupRuns;
    }

    int rounds() {
        return rounds;
    }

    /** Before each round, for all servers together (as {@link #warmupRunsInAll()}). */
    int roundWarmupRunsInAll() {
        return roundWarmupRuns * serverList.size();
    }

    /** The directory that paces the rounds, or null. */
    Path roundsDir() {
        return roundsDir;
    }

    /** The warm-up runs of all servers together: runs go to the nodes in turn, and each JIT warms on its own share. */
    int warmupRunsInAll() {
        return warmupRuns * serverList.size();
    }

    /** The label given, or the workload and the current time in base 36. */
    String label() {
        return (label != null ? label : workload.label() + "_" + Long.toString(System.currentTimeMillis(), 36))
                .toLowerCase(Locale.ROOT);
    }

    OutputFormat output() {
        return output;
    }

    Duration timeout() {
        return timeout;
    }

    int submitters() {
        return submitters;
    }

    int actionThreads() {
        return actionThreads;
    }

    int callbackConcurrency() {
        return callbackConcurrency;
    }

    boolean templateArguments() {
        return templateArguments;
    }

    RunEnd until() {
        return until;
    }

    int verifySample() {
        return verifySample;
    }
}
