package org.echoer.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.echoer.cli.support.CliRun;
import org.echoer.cli.support.ClosedPort;
import org.echoer.cli.support.StubServer;
import org.junit.jupiter.api.Test;

/** Every way the server can fail the terminal ends in exit code 2 and one readable line, never a stack trace. */
class ServerProblemsTest {

    private static final String NL = System.lineSeparator();

    @Test
    void unreachableServerExitsTwoWithOneLine() {
        String server = ClosedPort.url();

        CliRun.Result result = new CliRun().run("--server", server, "list", "flowrun");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("echoer: cannot reach the echoer server at " + server
                + " (connection refused); start it, or point --server or ECHOER_SERVER at it" + NL);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownHostIsUnreachable() {
        CliRun.Result result = new CliRun().run("--server", "http://no-such-host.invalid:8080", "list", "flow");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("echoer: cannot reach the echoer server at http://no-such-host.invalid:8080")
                .doesNotContain("\tat ");
    }

    @Test
    void refusedLoginExitsTwoAndSaysWhatToCheck() {
        try (StubServer server = new StubServer(401, "", Duration.ZERO)) {
            CliRun.Result result = new CliRun().run("--server", server.url(), "get", "flowrun", "r");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).isEqualTo("echoer: " + server.url()
                    + " refused the login (401): check --user, ECHOER_USER and ECHOER_PASSWORD, or ECHOER_TOKEN" + NL);
        }
    }

    @Test
    void slowServerTimesOut() {
        try (StubServer server = new StubServer(200, "[]", Duration.ofSeconds(3))) {
            CliRun.Result result = new CliRun().run("--server", server.url(), "--timeout", "1", "list", "action");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).isEqualTo("echoer: the echoer server at " + server.url() + " did not answer within 1s" + NL);
        }
    }

    @Test
    void failingServerExitsTwo() {
        try (StubServer server = new StubServer(500, "{\"error\":\"internal error\",\"message\":\"see its log\"}", Duration.ZERO)) {
            CliRun.Result result = new CliRun().run("--server", server.url(), "list", "action");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).isEqualTo("echoer: the echoer server at " + server.url() + " failed (500): see its log" + NL);
        }
    }

    @Test
    void serverAndCredentialsComeFromOptionsOrEnvironment() {
        try (StubServer server = new StubServer(200, "[]", Duration.ZERO)) {
            assertThat(new CliRun().env("ECHOER_SERVER", server.url()).env("ECHOER_TOKEN", "t0k").run("list", "flow").exitCode()).isZero();
            assertThat(new CliRun().env("ECHOER_USER", "ann").env("ECHOER_PASSWORD", "pw").run("list", "action", "--server", server.url())
                    .exitCode()).isZero();
            assertThat(new CliRun().env("ECHOER_SERVER", ClosedPort.url()).run("--user", "bob:secret", "--server", server.url(), "list",
                    "flowrun").exitCode()).isZero();

            assertThat(server.seen()).containsExactly(
                    new StubServer.Seen("GET", "/flow", "Bearer t0k"),
                    new StubServer.Seen("GET", "/action", "Basic YW5uOnB3"),
                    new StubServer.Seen("GET", "/flowrun", "Basic Ym9iOnNlY3JldA=="));
        }
    }

    @Test
    void badServerAddressIsRejectedInput() {
        CliRun.Result result = new CliRun().run("--server", "ftp://x", "list", "flow");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("echoer: 'ftp://x' is not a server address such as http://localhost:8080" + NL);
    }
}
