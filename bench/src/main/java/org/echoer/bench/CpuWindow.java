package org.echoer.bench;

import java.io.IOException;
import java.time.Duration;

/** CPU time a process uses between {@link #open} and {@link #close()}, and the wall time between them. */
final class CpuWindow {

    /** @param cpu user plus system time; {@code cpu / wall} is the number of cores kept busy */
    record CpuUse(Duration cpu, Duration wall) {

        double cores() {
            return wall.isZero() ? 0 : (double) cpu.toNanos() / wall.toNanos();
        }
    }

    private final ProcReader proc;
    private final long pid;
    private final Duration cpuAtOpen;
    private final long openedAt;

    private CpuWindow(ProcReader proc, long pid, Duration cpuAtOpen, long openedAt) {
        this.proc = proc;
        this.pid = pid;
        this.cpuAtOpen = cpuAtOpen;
        this.openedAt = openedAt;
    }

    static CpuWindow open(ProcReader proc, long pid) throws IOException {
        return new CpuWindow(proc, pid, proc.cpuTime(pid), System.nanoTime());
    }

    CpuUse close() throws IOException {
        Duration cpu = proc.cpuTime(pid).minus(cpuAtOpen);
        return new CpuUse(cpu, Duration.ofNanos(System.nanoTime() - openedAt));
    }
}
