package org.echoer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A Linux process's CPU time ({@code /proc/PID/stat}) and peak resident memory ({@code VmHWM} of
 * {@code /proc/PID/status}).
 */
final class ProcReader {

    private static final long DEFAULT_CLOCK_TICKS = 100;
    private static final int UTIME_AFTER_COMM = 11; // field 14 of stat; fields after "(comm)" start at field 3
    private static final int STIME_AFTER_COMM = 12;

    private final Path proc;
    private final long clockTicksPerSecond;

    ProcReader(Path proc, long clockTicksPerSecond) {
        this.proc = proc;
        this.clockTicksPerSecond = clockTicksPerSecond;
    }

    /** The real {@code /proc}, with the clock ticks of {@code getconf CLK_TCK}. */
    static ProcReader system() throws InterruptedException {
        return new ProcReader(Path.of("/proc"), clockTicks());
    }

    boolean exists(long pid) {
        return Files.isReadable(proc.resolve(Long.toString(pid)).resolve("stat"));
    }

    /** User plus system CPU time used so far. */
    Duration cpuTime(long pid) throws IOException {
        String stat = Files.readString(proc.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.US_ASCII);
        long ticks = cpuTicks(stat);
        return Duration.ofNanos(ticks * 1_000_000_000L / clockTicksPerSecond);
    }

    /** The peak resident set size, in kB. */
    long peakRssKb(long pid) throws IOException {
        return vmHwmKb(Files.readString(proc.resolve(Long.toString(pid)).resolve("status"), StandardCharsets.US_ASCII));
    }

    /** The whole machine's CPU time so far ({@code /proc/stat}), busy and in total, over all cores. */
    MachineTicks machineTicks() throws IOException {
        return machineTicks(Files.readString(proc.resolve("stat"), StandardCharsets.US_ASCII));
    }

    /** The 1-minute load average of {@code /proc/loadavg}. */
    double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(proc.resolve("loadavg"), StandardCharsets.US_ASCII).split("\\s+")[0]);
    }

    long clockTicksPerSecond() {
        return clockTicksPerSecond;
    }

    /** Clock ticks of all cores: {@code busy} is everything but idle and iowait. */
    record MachineTicks(long busy, long total) {
    }

    /** The first line of {@code /proc/stat}: {@code cpu user nice system idle iowait irq softirq steal ...}. */
    static MachineTicks machineTicks(String stat) {
        String[] fields = stat.substring(0, stat.indexOf('\n')).trim().split("\\s+");
        if (!fields[0].equals("cpu")) {
            throw new IllegalArgumentException("not /proc/stat: " + fields[0]);
        }
        long total = 0;
        for (int i = 1; i < fields.length && i <= 8; i++) { // guest time is already in user
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new MachineTicks(total - idle, total);
    }

    /** utime + stime of a {@code /proc/PID/stat} line; the command name may hold spaces and parentheses. */
    static long cpuTicks(String stat) {
        int commEnd = stat.lastIndexOf(')');
        if (commEnd < 0) {
            throw new IllegalArgumentException("not a /proc/PID/stat line: " + stat);
        }
        String[] fields = stat.substring(commEnd + 1).trim().split("\\s+");
        return Long.parseLong(fields[UTIME_AFTER_COMM]) + Long.parseLong(fields[STIME_AFTER_COMM]);
    }

    static long vmHwmKb(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").trim());
            }
        }
        throw new IllegalArgumentException("no VmHWM in /proc/PID/status");
    }

    private static long clockTicks() throws InterruptedException {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return getconf.waitFor() == 0 ? Long.parseLong(out) : DEFAULT_CLOCK_TICKS;
        } catch (IOException | NumberFormatException e) {
            return DEFAULT_CLOCK_TICKS;
        }
    }
}
