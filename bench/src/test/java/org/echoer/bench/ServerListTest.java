package org.echoer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServerListTest {

    private static final URI NODE_1 = URI.create("http://127.0.0.1:8081");
    private static final URI NODE_2 = URI.create("http://127.0.0.1:8082");

    @Test
    void commaSeparatedServersBecomeOneNodeEach() {
        // given
        LoadDriverOptionsProbe probe = new LoadDriverOptionsProbe();

        // when
        new CommandLine(probe).setCaseInsensitiveEnumValuesAllowed(true).parseArgs("--server", "http://127.0.0.1:8081,http://127.0.0.1:8082");
        probe.options.validate();

        // then
        assertThat(probe.options.servers().all()).containsExactly(NODE_1, NODE_2);
        assertThat(probe.options.servers()).hasToString("http://127.0.0.1:8081,http://127.0.0.1:8082");
        assertThat(probe.options.target()).isEqualTo(TargetKind.ECHOER);
    }

    @Test
    void everyNodeGetsTheWarmUpOneServerWouldGet() {
        // given
        LoadDriverOptionsProbe one = new LoadDriverOptionsProbe();
        LoadDriverOptionsProbe two = new LoadDriverOptionsProbe();

        // when
        new CommandLine(one).setCaseInsensitiveEnumValuesAllowed(true).parseArgs("--server", "http://127.0.0.1:8081", "--warmup-runs", "3000");
        new CommandLine(two).setCaseInsensitiveEnumValuesAllowed(true).parseArgs("--server", "http://127.0.0.1:8081,http://127.0.0.1:8082", "--warmup-runs", "3000");
        one.options.validate();
        two.options.validate();

        // then
        assertThat(one.options.warmupRunsInAll()).isEqualTo(3000);
        assertThat(two.options.warmupRunsInAll()).isEqualTo(6000);
    }

    @Test
    void runsGoToTheNodesInTurn() {
        // given
        ServerList servers = ServerList.of(List.of(NODE_1, NODE_2));

        // when
        List<URI> forRuns = IntStream.range(0, 5).mapToObj(i -> servers.nextForRun()).toList();

        // then
        assertThat(forRuns).containsExactly(NODE_1, NODE_2, NODE_1, NODE_2, NODE_1);
        assertThat(servers.first()).isEqualTo(NODE_1);
    }

    @Test
    void callbacksGoToEveryNodeAndNoOther() {
        // given
        ServerList servers = ServerList.of(List.of(NODE_1, NODE_2));

        // when
        Set<URI> chosen = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> chosen.add(servers.any()));

        // then
        assertThat(chosen).containsExactlyInAnyOrder(NODE_1, NODE_2);
    }

    @Test
    void oneServerTakesEverything() {
        // given
        ServerList servers = ServerList.of(List.of(NODE_1));

        // then
        assertThat(List.of(servers.nextForRun(), servers.nextForRun(), servers.any())).containsOnly(NODE_1);
    }

    @Test
    void rejectsAnAddressThatIsNotHttp() {
        assertThatThrownBy(() -> ServerList.of(List.of(NODE_1, URI.create("localhost:8082"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an http(s) base address: localhost:8082");
    }

    /** The driver's options alone, parsed as the driver parses them. */
    @CommandLine.Command(name = "probe")
    static final class LoadDriverOptionsProbe {

        @CommandLine.Mixin
        LoadOptions options;
    }
}
