package org.echoer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void printsOneRowPerReportAndTheFirstRowsRatioToEachOther() throws Exception {
        // given
        ComparisonTable.Entry echoer = new ComparisonTable.Entry("echoer", json.readTree("""
                {"stepsPerSecond": 300, "runsPerSecond": 75, "runLatencyMs": {"p50": 20, "p95": 40, "p99": 60},
                 "callbackToNextDispatchMs": {"p50": 2, "p99": 10}, "finished": true, "failedSubmits": 0,
                 "verification": {"notDone": {}},
                 "server": {"cpuSeconds": 8, "cpuMsPerStep": 2.5, "cpuMsPerRun": 10, "peakRssMb": 400}}"""));
        ComparisonTable.Entry floor = new ComparisonTable.Entry("floor", json.readTree("""
                {"stepsPerSecond": 150, "runsPerSecond": 37.5, "runLatencyMs": {"p50": 40, "p95": 80, "p99": 120},
                 "callbackToNextDispatchMs": {"p50": 4, "p99": 0}, "finished": true, "failedSubmits": 0,
                 "verification": {"notDone": {"bench_x_1": "running"}}, "server": null}"""));

        // when
        String table = ComparisonTable.markdown(List.of(echoer, floor));

        // then
        assertThat(table.lines()).hasSize(5);
        assertThat(table.lines().toList().get(2))
                .isEqualTo("| echoer | 300 | 75.0 | 20.0 | 40.0 | 60.0 | 2.0 | 10.0 | 8.0 | 2.5 | 10.0 | 400 | yes |");
        assertThat(table.lines().toList().get(3))
                .isEqualTo("| floor | 150 | 37.5 | 40.0 | 80.0 | 120 | 4.0 | 0.0 | - | - | - | - | NO |");
        assertThat(table.lines().toList().get(4))
                .isEqualTo("| echoer / floor | 2.00x | 2.00x | 0.50x | 0.50x | 0.50x | 0.50x | - | - | - | - | - |  |");
    }

    @Test
    void serverMeasuredInRoundsGetsItsMediansAndTheMedianOfEachRoundsRatio() throws Exception {
        // given: flow_runs and template runs measured in three rounds, the host slowing down in the second
        List<ComparisonTable.Entry> entries = List.of(
                entry("echoer", 400, 2.5), entry("echoer-template", 420, 2.4),
                entry("echoer-template", 300, 3.2), entry("echoer", 270, 3.6),
                entry("echoer", 410, 2.6), entry("echoer-template", 400, 2.6));

        // when
        List<String> lines = ComparisonTable.markdown(entries).lines().toList();

        // then: medians per server, and per round ratios 0.95, 0.90, 1.03 whose median is 0.95
        assertThat(lines.get(2)).startsWith("| echoer | 400 | ").contains(" | 2.6 | ");
        assertThat(lines.get(3)).startsWith("| echoer-template | 400 | ").contains(" | 2.6 | ");
        assertThat(lines.get(4)).startsWith("| echoer / echoer-template | 0.95x | ");
        assertThat(lines.subList(5, lines.size())).containsExactly(
                "",
                "| steps/s by round | 1 | 2 | 3 |",
                "|---|---:|---:|---:|",
                "| echoer | 400 | 270 | 410 |",
                "| echoer-template | 420 | 300 | 400 |",
                "| echoer / echoer-template | 0.95x | 0.90x | 1.03x |");
    }

    @Test
    void startsMeasuredAloneAreComparedRoundByRoundInRunsPerSecond() throws Exception {
        // given: two nodes against one, runs counted at their first dispatch (no steps accepted)
        List<ComparisonTable.Entry> entries = List.of(
                starts("echoer (2 nodes)", 120), starts("echoer", 100),
                starts("echoer", 90), starts("echoer (2 nodes)", 99));

        // when
        List<String> lines = ComparisonTable.markdown(entries).lines().toList();

        // then
        assertThat(lines.get(4)).startsWith("| echoer (2 nodes) / echoer | - | 1.15x | ");
        assertThat(lines.subList(5, lines.size())).containsExactly(
                "",
                "| runs/s by round | 1 | 2 |",
                "|---|---:|---:|",
                "| echoer (2 nodes) | 120 | 99.0 |",
                "| echoer | 100 | 90.0 |",
                "| echoer (2 nodes) / echoer | 1.20x | 1.10x |");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndLeavesOutMissingValues() {
        assertThat(ComparisonTable.median(java.util.Arrays.asList(4.0, null, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(ComparisonTable.median(java.util.Arrays.asList((Double) null))).isNull();
    }

    private ComparisonTable.Entry starts(String name, int runsPerSecond) throws Exception {
        return new ComparisonTable.Entry(name, json.readTree("""
                {"stepsPerSecond": 0, "runsPerSecond": %d, "finished": true, "failedSubmits": 0,
                 "verification": {"notDone": {}}}""".formatted(runsPerSecond)));
    }

    private ComparisonTable.Entry entry(String name, int stepsPerSecond, double cpuMsPerStep) throws Exception {
        return new ComparisonTable.Entry(name, json.readTree("""
                {"stepsPerSecond": %d, "finished": true, "failedSubmits": 0, "verification": {"notDone": {}},
                 "server": {"cpuMsPerStep": %s}}""".formatted(stepsPerSecond, cpuMsPerStep)));
    }
}
