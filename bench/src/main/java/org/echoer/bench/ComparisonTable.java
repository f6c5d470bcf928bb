package org.echoer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The driver's JSON reports of one comparison as one Markdown table: {@code java -cp benchmarks.jar
 * org.echoer.bench.ComparisonTable echoer=a1.json floor=b1.json echoer=a2.json floor=b2.json}. A name given
 * several times is a server measured in several rounds: its row holds the median of each column over the
 * rounds, a second table lists each round's steps/s. Then each echoer row's ratio to the rows after it and to
 * every baseline row (or the first row's to every other, when the names do not tell): per column the median of
 * the rounds' ratios, each round's report divided by the other server's report of the same round.
 */
public final class ComparisonTable {

    /** A report: the server it measured and the driver's JSON. */
    record Entry(String name, JsonNode report) {
    }

    /** A server and its reports, one per round. */
    private record Server(String name, List<JsonNode> rounds) {

        boolean isEchoer() {
            return name.startsWith("echoer");
        }
    }

    /** Two servers compared: the first's figures over the second's. */
    private record Pair(Server server, Server other) {

        String name() {
            return server.name() + " / " + other.name();
        }
    }

    private record Column(String title, Function<JsonNode, JsonNode> value) {
    }

    private static final Column STEPS_PER_SECOND = new Column("steps/s", r -> r.path("stepsPerSecond"));
    private static final Column RUNS_PER_SECOND = new Column("runs/s", r -> r.path("runsPerSecond"));

    private static final List<Column> COLUMNS = List.of(
            STEPS_PER_SECOND,
            RUNS_PER_SECOND,
            new Column("run p50 (ms)", r -> r.path("runLatencyMs").path("p50")),
            new Column("run p95 (ms)", r -> r.path("runLatencyMs").path("p95")),
            new Column("run p99 (ms)", r -> r.path("runLatencyMs").path("p99")),
            new Column("callback->dispatch p50 (ms)", r -> r.path("callbackToNextDispatchMs").path("p50")),
            new Column("callback->dispatch p99 (ms)", r -> r.path("callbackToNextDispatchMs").path("p99")),
            new Column("server CPU (s)", r -> r.path("server").path("cpuSeconds")),
            new Column("CPU per step (ms)", r -> r.path("server").path("cpuMsPerStep")),
            new Column("CPU per run (ms)", r -> r.path("server").path("cpuMsPerRun")),
            new Column("peak RSS (MB)", r -> r.path("server").path("peakRssMb")));

    private ComparisonTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ComparisonTable NAME=REPORT.json ...");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        List<Entry> entries = new ArrayList<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 1) {
                System.err.println("expected NAME=REPORT.json, not " + arg);
                System.exit(2);
            }
            entries.add(new Entry(arg.substring(0, equals), json.readTree(Files.readString(Path.of(arg.substring(equals + 1))))));
        }
        System.out.print(markdown(entries));
    }

    static String markdown(List<Entry> entries) {
        List<Server> servers = byServer(entries);
        StringBuilder out = new StringBuilder("| | ");
        COLUMNS.forEach(column -> out.append(column.title()).append(" | "));
        out.append("ok |\n|---|");
        COLUMNS.forEach(column -> out.append("---:|"));
        out.append("---|\n");
        for (Server server : servers) {
            out.append("| ").append(server.name()).append(" | ");
            COLUMNS.forEach(column -> out.append(number(median(values(server.rounds(), column)))).append(" | "));
            out.append(server.rounds().stream().allMatch(ComparisonTable::ok) ? "yes" : "NO").append(" |\n");
        }
        List<Pair> pairs = comparedPairs(servers);
        for (Pair pair : pairs) {
            out.append("| ").append(pair.name()).append(" | ");
            COLUMNS.forEach(column -> out.append(ratioText(median(roundRatios(pair, column)))).append(" | "));
            out.append(" |\n");
        }
        if (servers.stream().anyMatch(server -> server.rounds().size() > 1)) {
            out.append(roundsTable(servers, pairs));
        }
        return out.toString();
    }

    /**
     * Each round's steps/s of every server, then each compared pair's ratio in that round; runs/s where no step
     * was measured (starts alone, {@code --until first-dispatch}).
     */
    private static String roundsTable(List<Server> servers, List<Pair> pairs) {
        int rounds = servers.stream().mapToInt(server -> server.rounds().size()).max().orElse(0);
        boolean noSteps = servers.stream().allMatch(server -> values(server.rounds(), STEPS_PER_SECOND).stream()
                .allMatch(value -> value == null || value == 0));
        Column byRound = noSteps ? RUNS_PER_SECOND : STEPS_PER_SECOND;
        StringBuilder out = new StringBuilder("\n| " + byRound.title() + " by round |");
        for (int round = 1; round <= rounds; round++) {
            out.append(' ').append(round).append(" |");
        }
        out.append("\n|---|").append("---:|".repeat(rounds)).append('\n');
        for (Server server : servers) {
            out.append("| ").append(server.name()).append(" |");
            values(server.rounds(), byRound).forEach(value -> out.append(' ').append(number(value)).append(" |"));
            out.append('\n');
        }
        for (Pair pair : pairs) {
            out.append("| ").append(pair.name()).append(" |");
            roundRatios(pair, byRound).forEach(ratio -> out.append(' ').append(ratioText(ratio)).append(" |"));
            out.append('\n');
        }
        return out.toString();
    }

    private static List<Server> byServer(List<Entry> entries) {
        Map<String, List<JsonNode>> rounds = new LinkedHashMap<>();
        entries.forEach(entry -> rounds.computeIfAbsent(entry.name(), name -> new ArrayList<>()).add(entry.report()));
        return rounds.entrySet().stream().map(e -> new Server(e.getKey(), e.getValue())).toList();
    }

    /** Each echoer server against every server after it and every baseline; the first against the rest when none is. */
    private static List<Pair> comparedPairs(List<Server> servers) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            for (int j = 0; j < servers.size(); j++) {
                Server server = servers.get(i);
                Server other = servers.get(j);
                if (i != j && server.isEchoer() && (j > i || !other.isEchoer())) {
                    pairs.add(new Pair(server, other));
                }
            }
        }
        if (pairs.isEmpty()) {
            servers.stream().skip(1).forEach(other -> pairs.add(new Pair(servers.get(0), other)));
        }
        return pairs;
    }

    private static boolean ok(JsonNode report) {
        return report.path("finished").asBoolean() && report.path("failedSubmits").asInt() == 0
                && report.path("verification").path("notDone").isEmpty();
    }

    /** The column's value in each report; null where a report has none. */
    private static List<Double> values(List<JsonNode> reports, Column column) {
        return reports.stream()
                .map(report -> column.value().apply(report))
                .map(value -> value.isNumber() ? value.asDouble() : null)
                .collect(Collectors.toList());
    }

    /** Round by round, the server's value over the other's; rounds either lacks are left out. */
    private static List<Double> roundRatios(Pair pair, Column column) {
        List<Double> mine = values(pair.server().rounds(), column);
        List<Double> theirs = values(pair.other().rounds(), column);
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < Math.min(mine.size(), theirs.size()); round++) {
            Double value = mine.get(round);
            Double base = theirs.get(round);
            ratios.add(value == null || base == null || base == 0 ? null : value / base);
        }
        return ratios;
    }

    /** The median of the values there are; null when there are none. */
    static Double median(List<Double> values) {
        List<Double> sorted = values.stream().filter(Objects::nonNull).sorted().toList();
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String number(Double value) {
        if (value == null) {
            return "-";
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : "%.1f", value);
    }

    private static String ratioText(Double ratio) {
        return ratio == null ? "-" : String.format(Locale.ROOT, "%.2fx", ratio);
    }
}
