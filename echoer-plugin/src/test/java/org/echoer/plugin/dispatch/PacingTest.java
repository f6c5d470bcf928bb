package org.echoer.plugin.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When the dispatcher's loop fetches, sleeps and looks for drawn processes; times in nanoseconds, as given. */
class PacingTest {

    private static final long MS = 1_000_000;
    private static final long START = 7_000 * MS;

    private final Pacing pacing = new Pacing(Duration.ofMillis(250), Duration.ofSeconds(5), 50);

    @Test
    void theFirstFetchGoesAtOnce() {
        assertThat(pacing.millisUntilFetch(START)).isZero();
        assertThat(pacing.millisUntilFetch(0)).as("whatever the clock reads").isZero();
    }

    @Test
    void aFetchWaitsWhatIsLeftOfTheGapSinceTheOneBefore() {
        pacing.fetching(START);

        assertThat(pacing.millisUntilFetch(START)).isEqualTo(250);
        assertThat(pacing.millisUntilFetch(START + 100 * MS)).isEqualTo(150);
        assertThat(pacing.millisUntilFetch(START + 249 * MS)).isEqualTo(1);
        assertThat(pacing.millisUntilFetch(START + 250 * MS)).isZero();
        assertThat(pacing.millisUntilFetch(START + 10_000 * MS)).isZero();
    }

    @Test
    void withoutAGapEveryFetchGoesAtOnce() {
        Pacing eager = new Pacing(Duration.ZERO, Duration.ofSeconds(5), 50);
        eager.fetching(START);

        assertThat(eager.millisUntilFetch(START)).isZero();
    }

    @Test
    void aFullFetchIsFollowedByAnotherAtOnceAndAnyOtherSleepsUntilTheSweep() {
        assertThat(pacing.millisAfterFetch(50)).as("more may wait").isZero();
        assertThat(pacing.millisAfterFetch(49)).isEqualTo(5_000);
        assertThat(pacing.millisAfterFetch(0)).isEqualTo(5_000);
    }

    @Test
    void aFailedRoundSleepsUntilTheSweep() {
        assertThat(pacing.millisAfterFailure()).isEqualTo(5_000);
    }

    @Test
    void drawnProcessesAreLookedForOncePerSweepInterval() {
        assertThat(pacing.lookForDrawnProcesses(START)).isTrue();
        assertThat(pacing.lookForDrawnProcesses(START + 1 * MS)).isFalse();
        assertThat(pacing.lookForDrawnProcesses(START + 4_999 * MS)).isFalse();
        assertThat(pacing.lookForDrawnProcesses(START + 5_000 * MS)).isTrue();
        assertThat(pacing.lookForDrawnProcesses(START + 9_999 * MS)).as("counted from the last look").isFalse();
    }
}
