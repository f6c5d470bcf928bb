package org.echoer.bench.baseline.floor;

import java.util.Arrays;

/** Durations in nanoseconds, recorded from many threads, handed out whole for the driver's histograms. */
final class NanoTimes {

    private long[] values = new long[1024];
    private int size;

    synchronized void record(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
