package org.echoer.bench;

import java.io.IOException;

/**
 * The CPU windows over the measured runs: the server's (with {@code --server-pid}), the driver's and the
 * whole machine's, each missing where {@code /proc} is.
 */
final class UsageWindows {

    /** The usage over the window; a part is null when it was not measured. */
    record Usage(CpuWindow.CpuUse server, CpuWindow.CpuUse driver, MachineWindow.MachineUse machine) {
    }

    private final CpuWindow server;
    private final CpuWindow driver;
    private final MachineWindow machine;

    private UsageWindows(CpuWindow server, CpuWindow driver, MachineWindow machine) {
        this.server = server;
        this.driver = driver;
        this.machine = machine;
    }

    /** @param serverPid the server's process, or null */
    static UsageWindows open(ProcReader proc, Long serverPid) throws IOException {
        long driverPid = ProcessHandle.current().pid();
        CpuWindow driver = proc.exists(driverPid) ? CpuWindow.open(proc, driverPid) : null;
        return new UsageWindows(serverPid != null ? CpuWindow.open(proc, serverPid) : null, driver,
                driver != null ? MachineWindow.open(proc) : null);
    }

    Usage close() throws IOException {
        return new Usage(server != null ? server.close() : null, driver != null ? driver.close() : null,
                machine != null ? machine.close() : null);
    }
}
