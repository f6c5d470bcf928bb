package org.echoer.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SampleActionsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private SampleActionsOptions options(String... args) {
        SampleActionsCommand command = new SampleActionsCommand();
        new CommandLine(command).parseArgs(args);
        return command.toOptions();
    }

    private int execute(String... args) {
        return new CommandLine(new SampleActionsCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void noArgumentsMeanTheDefaultOptions() {
        assertThat(options()).isEqualTo(SampleActionsOptions.builder().build());
    }

    @Test
    void everyOptionReachesTheServerOptions() {
        SampleActionsOptions options = options("--port", "0", "--host", "127.0.0.1",
                "--callback-url", "http://engine:8080/step", "--state", "random",
                "--route-state", "/approval=DISAGREE", "--route-state", "/deploy=first",
                "--delay", "200ms", "--callback-before-answer", "--failure-rate", "0.25", "--seed", "42",
                "--callback-retries", "3", "--retry-backoff", "50ms", "--paused-retry-delay", "2s",
                "--threads", "4", "--callback-concurrency", "64", "--no-record-bodies", "--quiet");

        assertThat(options).isEqualTo(SampleActionsOptions.builder()
                .port(0).host("127.0.0.1").callbackUrl("http://engine:8080/step").state("random")
                .routeState("/approval", "DISAGREE").routeState("/deploy", "first")
                .delay(Duration.ofMillis(200)).callbackBeforeAnswer(true).failureRate(0.25).seed(OptionalLong.of(42))
                .callbackRetries(3).retryBackoff(Duration.ofMillis(50)).pausedRetryDelay(Duration.ofSeconds(2))
                .threads(4).callbackConcurrency(64).recordBodies(false).quiet(true)
                .build());
    }

    @Test
    void aValueOutOfRangeIsAUsageError() {
        int exit = execute("--failure-rate", "2");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("failure rate must be 0 to 1, not 2.0");
    }

    @Test
    void aDurationWithoutUnitIsAUsageError() {
        int exit = execute("--delay", "200");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("'200' is not a duration");
    }

    @Test
    void aPortInUseIsReportedAndExitsWithOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int exit = execute("--host", "127.0.0.1", "--port", Integer.toString(taken.getLocalPort()), "--quiet");

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString()).startsWith("sample-actions: cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void helpListsTheOptions() {
        int exit = execute("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--callback-url=URL", "--state=first|random|NAME",
                "--route-state=PATH=STATE", "--callback-before-answer", "--[no-]record-bodies");
    }
}
