package org.echoer.samples;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code java -jar sample-actions.jar [options]}: runs a {@link SampleActionsServer} until the JVM is stopped. */
@Command(name = "sample-actions", sortOptions = false, usageHelpAutoWidth = true,
        description = "echoer's demo business services: every POST path is an action that answers 200 and "
                + "calls back POST /step with one of the action's declared states. GET /stats shows what it did.")
public final class SampleActionsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + SampleActionsOptions.DEFAULT_PORT,
            description = "Port to listen on, 0 for a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = SampleActionsOptions.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--callback-url", paramLabel = "URL", defaultValue = "http://localhost:8080/step",
            description = "Where to call back (default: ${DEFAULT-VALUE}).")
    private URI callbackUrl;

    @Option(names = "--state", paramLabel = "first|random|NAME", defaultValue = "first",
            description = "State to report: the first declared, a random declared one, or NAME when the action "
                    + "declares it, else the first (default: ${DEFAULT-VALUE}).")
    private String state;

    @Option(names = "--route-state", paramLabel = "PATH=STATE",
            description = "State for one path, as --state; repeatable, e.g. --route-state /approval=DISAGREE.")
    private Map<String, String> routeStates = new LinkedHashMap<>();

    @Option(names = "--delay", paramLabel = "DURATION", defaultValue = "0", converter = Durations.class,
            description = "Wait before calling back: 0, 200ms, 2s... (default: ${DEFAULT-VALUE}).")
    private Duration delay;

    @Option(names = "--callback-before-answer",
            description = "Call back before answering, as echoer's original demo did (default: answer first).")
    private boolean callbackBeforeAnswer;

    @Option(names = "--failure-rate", paramLabel = "P", defaultValue = "0",
            description = "Probability, 0 to 1, of answering 503 and not calling back (default: ${DEFAULT-VALUE}).")
    private double failureRate;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for reproducible random choices.")
    private Long seed;

    @Option(names = "--callback-retries", paramLabel = "N",
            defaultValue = "" + SampleActionsOptions.DEFAULT_CALLBACK_RETRIES,
            description = "Retries of a callback that meets a connection error, 5xx, 409 or 429 "
                    + "(default: ${DEFAULT-VALUE}).")
    private int callbackRetries;

    @Option(names = "--retry-backoff", paramLabel = "DURATION", defaultValue = "100ms",
            converter = Durations.class,
            description = "First wait before retrying after a connection error or 5xx; doubles up to 2s "
                    + "(default: ${DEFAULT-VALUE}).")
    private Duration retryBackoff;

    @Option(names = "--paused-retry-delay", paramLabel = "DURATION", defaultValue = "1s",
            converter = Durations.class,
            description = "Wait before retrying a callback answered 409 (paused) or 429 (default: ${DEFAULT-VALUE}).")
    private Duration pausedRetryDelay;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "" + SampleActionsOptions.DEFAULT_THREADS,
            description = "Threads answering requests (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--callback-concurrency", paramLabel = "N",
            defaultValue = "" + SampleActionsOptions.DEFAULT_CALLBACK_CONCURRENCY,
            description = "Most callbacks in flight at once (default: ${DEFAULT-VALUE}).")
    private int callbackConcurrency;

    @Option(names = "--record-bodies", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Whether GET /stats keeps every request body; --no-record-bodies for long load runs "
                    + "(counts per uuid are kept either way).")
    private boolean recordBodies;

    @Option(names = {"-q", "--quiet"}, description = "Print no line per request or callback.")
    private boolean quiet;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SampleActionsCommand()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        SampleActionsOptions options = toOptions();
        SampleActionsServer server = new SampleActionsServer(options);
        PrintWriter out = spec.commandLine().getOut();
        try {
            server.start();
        } catch (IOException e) {
            spec.commandLine().getErr().println("sample-actions: cannot listen on " + options.host() + ":"
                    + options.port() + ": " + e.getMessage());
            return 1;
        }
        out.println("sample-actions listening on " + server.baseUri());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sample-actions-shutdown"));
        stopped.await();
        return 0;
    }

    /** The options these arguments mean; a value out of range is a usage error naming it. */
    SampleActionsOptions toOptions() {
        try {
            SampleActionsOptions.Builder builder = SampleActionsOptions.builder()
                    .host(host)
                    .port(port)
                    .callbackUrl(callbackUrl)
                    .state(state)
                    .delay(delay)
                    .callbackBeforeAnswer(callbackBeforeAnswer)
                    .failureRate(failureRate)
                    .callbackRetries(callbackRetries)
                    .retryBackoff(retryBackoff)
                    .pausedRetryDelay(pausedRetryDelay)
                    .threads(threads)
                    .callbackConcurrency(callbackConcurrency)
                    .recordBodies(recordBodies)
                    .quiet(quiet);
            if (seed != null) {
                builder.seed(seed);
            }
            routeStates.forEach(builder::routeState);
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
