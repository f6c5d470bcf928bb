package org.echoer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcReaderTest {

    private static final String STAT = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 123 0 0 0 1500 250 0 0 20 0 45 0 "
            + "9876 1234567 890 18446744073709551615";

    @Test
    void addsUserAndSystemTicksWhateverTheCommandName() {
        assertThat(ProcReader.cpuTicks(STAT)).isEqualTo(1750);
    }

    @Test
    void readsCpuTimeAndPeakRssOfAProcess(@TempDir Path proc) throws Exception {
        // given
        Path pid = Files.createDirectories(proc.resolve("4242"));
        Files.writeString(pid.resolve("stat"), STAT + "\n");
        Files.writeString(pid.resolve("status"), "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  812345 kB\nVmRSS:\t  700000 kB\n");
        ProcReader reader = new ProcReader(proc, 100);

        // then
        assertThat(reader.exists(4242)).isTrue();
        assertThat(reader.cpuTime(4242)).isEqualTo(Duration.ofMillis(17_500));
        assertThat(reader.peakRssKb(4242)).isEqualTo(812_345);
    }

    @Test
    void countsEverythingButIdleAndIowaitAsBusy() {
        // given user nice system idle iowait irq softirq steal guest guest_nice
        String stat = "cpu  100 5 50 1000 20 3 2 0 7 0\ncpu0 50 2 25 500 10 1 1 0 0 0\n";

        // then
        assertThat(ProcReader.machineTicks(stat)).isEqualTo(new ProcReader.MachineTicks(160, 1180));
    }
}
