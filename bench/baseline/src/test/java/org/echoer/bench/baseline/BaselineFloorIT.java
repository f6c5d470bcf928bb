package org.echoer.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.echoer.bench.LoadDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import picocli.CommandLine;

/** The load driver asking the baseline's floor mode to start and work the runs itself. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:baseline-floor;DB_CLOSE_DELAY=-1",
        "baseline.mode=floor"})
class BaselineFloorIT {

    private static final int RUNS = 20;

    @LocalServerPort
    private int port;

    @Autowired
    private HistoryService history;

    @Test
    void theFloorWorksEverySeedRunAlongTheHappyPath() {
        // when
        int exitCode = new CommandLine(new LoadDriver()).setCaseInsensitiveEnumValuesAllowed(true).execute(
                "--server", "http://127.0.0.1:" + port, "--target", "camunda-floor", "--workload", "seed",
                "--runs", String.valueOf(RUNS), "--warmup-runs", "5", "--concurrency", "8", "--label", "floor",
                "--timeout", "2m");

        // then
        assertThat(exitCode).isZero();
        RunPaths runs = new RunPaths(history);
        IntStream.rangeClosed(1, RUNS).mapToObj(i -> "bench_floor_" + i).forEach(run -> {
            assertThat(runs.state(run)).as(run).isEqualTo("COMPLETED");
            assertThat(runs.steps(run)).as(run).containsExactly("A", "D", "B", "C");
        });
    }
}
