package org.echoer.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Durations recorded from many threads, read as percentiles (3 significant digits, microsecond resolution). */
final class LatencyHistogram {

    private static final double MICROS_PER_MILLI = 1_000.0;

    private final ConcurrentHistogram micros = new ConcurrentHistogram(3);

    void record(long nanos) {
        micros.recordValue(TimeUnit.NANOSECONDS.toMicros(Math.max(0, nanos)));
    }

    Percentiles percentiles() {
        Histogram copy = micros.copy();
        if (copy.getTotalCount() == 0) {
            return new Percentiles(0, 0, 0, 0, 0, 0);
        }
        return new Percentiles(copy.getTotalCount(), millis(copy.getValueAtPercentile(50)),
                millis(copy.getValueAtPercentile(95)), millis(copy.getValueAtPercentile(99)), millis(copy.getMaxValue()),
                Math.round(copy.getMean()) / MICROS_PER_MILLI);
    }

    private static double millis(long micros) {
        return micros / MICROS_PER_MILLI;
    }
}
