package org.echoer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The driver's JSON reports of one comparison as one Markdown table, followed by the ratio of each echoer row
 * to each baseline row (or of the first row to every other, when the names do not tell): {@code java -cp benchmarks.jar org.echoer.bench.ComparisonTable echoer=a.json floor=b.json}.
 */
public final class ComparisonTable {

    /** A row: what it is called and the driver's report. */
    record Entry(String name, JsonNode report) {
    }

    private record Column(String title, Function<JsonNode, JsonNode> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("steps/s", r -> r.path("stepsPerSecond")),
            new Column("runs/s", r -> r.path("runsPerSecond")),
            new Column("run p50 (ms)", r -> r.path("runLatencyMs").path("p50")),
            new Column("run p95 (ms)", r -> r.path("runLatencyMs").path("p95")),
            new Column("run p99 (ms)", r -> r.path("runLatencyMs").path("p99")),
            new Column("callback->dispatch p50 (ms)", r -> r.path("callbackToNextDispatchMs").path("p50")),
            new Column("callback->dispatch p99 (ms)", r -> r.path("callbackToNextDispatchMs").path("p99")),
            new Column("server CPU (s)", r -> r.path("server").path("cpuSeconds")),
            new Column("CPU per step (ms)", r -> r.path("server").path("cpuMsPerStep")),
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

    /** Rows named echoer... are ours: each gets a ratio to every other row. */
    private static boolean isEchoer(Entry entry) {
        return entry.name().startsWith("echoer");
    }

    static String markdown(List<Entry> entries) {
        StringBuilder out = new StringBuilder("| | ");
        COLUMNS.forEach(column -> out.append(column.title()).append(" | "));
        out.append("ok |\n|---|");
        COLUMNS.forEach(column -> out.append("---:|"));
        out.append("---|\n");
        for (Entry entry : entries) {
            out.append("| ").append(entry.name()).append(" | ");
            COLUMNS.forEach(column -> out.append(number(column.value().apply(entry.report()))).append(" | "));
            out.append(entry.report().path("finished").asBoolean() && entry.report().path("failedSubmits").asInt() == 0
                    && entry.report().path("verification").path("notDone").isEmpty() ? "yes" : "NO").append(" |\n");
        }
        List<Entry> ours = entries.stream().filter(ComparisonTable::isEchoer).toList();
        List<Entry> theirs = entries.stream().filter(entry -> !isEchoer(entry)).toList();
        if (ours.isEmpty() || theirs.isEmpty()) {
            ours = entries.subList(0, 1);
            theirs = entries.subList(1, entries.size());
        }
        for (Entry first : ours) {
            for (Entry other : theirs) {
                out.append("| ").append(first.name()).append(" / ").append(other.name()).append(" | ");
                COLUMNS.forEach(column -> out.append(ratio(column.value().apply(first.report()),
                        column.value().apply(other.report()))).append(" | "));
                out.append(" |\n");
            }
        }
        return out.toString();
    }

    private static String number(JsonNode value) {
        if (!value.isNumber()) {
            return "-";
        }
        double number = value.asDouble();
        return String.format(Locale.ROOT, Math.abs(number) >= 100 ? "%.0f" : "%.1f", number);
    }

    private static String ratio(JsonNode value, JsonNode base) {
        if (!value.isNumber() || !base.isNumber() || base.asDouble() == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2fx", value.asDouble() / base.asDouble());
    }
}
