package org.echoer.bench;

import java.io.IOException;

/**
 * How busy the whole machine was between {@link #open} and {@link #close()}: on a shared machine, CPU the
 * server and the driver did not use went to other processes.
 */
final class MachineWindow {

    /**
     * @param busyCores cores busy on average, over every process
     * @param cores the cores this JVM sees
     * @param loadAverage the 1-minute load average at the end
     */
    record MachineUse(double busyCores, int cores, double loadAverage) {
    }

    private final ProcReader proc;
    private final ProcReader.MachineTicks atOpen;
    private final long openedAt;

    private MachineWindow(ProcReader proc, ProcReader.MachineTicks atOpen, long openedAt) {
        this.proc = proc;
        this.atOpen = atOpen;
        this.openedAt = openedAt;
    }

    static MachineWindow open(ProcReader proc) throws IOException {
        return new MachineWindow(proc, proc.machineTicks(), System.nanoTime());
    }

    MachineUse close() throws IOException {
        ProcReader.MachineTicks now = proc.machineTicks();
        double seconds = (System.nanoTime() - openedAt) / 1e9;
        double busySeconds = (double) (now.busy() - atOpen.busy()) / proc.clockTicksPerSecond();
        return new MachineUse(seconds > 0 ? busySeconds / seconds : 0, Runtime.getRuntime().availableProcessors(),
                proc.loadAverage());
    }
}
