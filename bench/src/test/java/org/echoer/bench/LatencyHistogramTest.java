package org.echoer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void reportsPercentilesInMilliseconds() {
        // given 1 ms .. 1000 ms, once each
        LatencyHistogram histogram = new LatencyHistogram();
        for (int ms = 1; ms <= 1000; ms++) {
            histogram.record(TimeUnit.MILLISECONDS.toNanos(ms));
        }

        // when
        Percentiles p = histogram.percentiles();

        // then: within HdrHistogram's 3 significant digits
        assertThat(p.count()).isEqualTo(1000);
        assertThat(p.p50()).isCloseTo(500, within(0.5));
        assertThat(p.p95()).isCloseTo(950, within(1.0));
        assertThat(p.p99()).isCloseTo(990, within(1.0));
        assertThat(p.max()).isCloseTo(1000, within(1.0));
        assertThat(p.mean()).isCloseTo(500.5, within(0.5));
    }

    @Test
    void keepsSubMillisecondResolution() {
        // given
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(TimeUnit.MICROSECONDS.toNanos(250));

        // then
        assertThat(histogram.percentiles().p50()).isEqualTo(0.25);
    }

    @Test
    void recordsNegativeDurationsAsZeroAndAnEmptyHistogramAsZeros() {
        // given
        LatencyHistogram histogram = new LatencyHistogram();

        // then
        assertThat(histogram.percentiles()).isEqualTo(new Percentiles(0, 0, 0, 0, 0, 0));
        histogram.record(-5_000_000);
        assertThat(histogram.percentiles().max()).isZero();
    }
}
