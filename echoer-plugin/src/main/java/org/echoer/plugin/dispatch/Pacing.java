package org.echoer.plugin.dispatch;

import java.time.Duration;

/**
 * When the dispatcher's loop fetches, how long it sleeps, and when it looks for drawn processes. A fetch
 * comes no sooner than the least gap after the one before: the engine signals new external tasks on every
 * commit, and with lock-on-create those are mostly the dispatcher's own steps. A full fetch is followed by
 * another at once (more may wait); otherwise the loop sleeps until woken or the sweep is due. Times are
 * {@link System#nanoTime()} readings, passed in. Used by the loop's thread only.
 */
final class Pacing {

    private final Duration minFetchGap;
    private final Duration sweepInterval;
    private final int batchSize;
    private boolean fetched;
    private long lastFetchNanos;
    private boolean looked;
    private long lastLookNanos;

    Pacing(Duration minFetchGap, Duration sweepInterval, int batchSize) {
        this.minFetchGap = minFetchGap;
        this.sweepInterval = sweepInterval;
        this.batchSize = batchSize;
    }

    static Pacing of(DispatchSettings settings) {
        return new Pacing(settings.minFetchGap(), settings.sweepInterval(), settings.batchSize());
    }

    /** How long the next fetch must wait, in milliseconds; 0 when it may go now. */
    long millisUntilFetch(long nowNanos) {
        if (!fetched) {
            return 0;
        }
        long sinceFetch = Duration.ofNanos(nowNanos - lastFetchNanos).toMillis();
        long gap = minFetchGap.toMillis();
        return sinceFetch < gap ? gap - sinceFetch : 0;
    }

    /** A fetch goes now. */
    void fetching(long nowNanos) {
        fetched = true;
        lastFetchNanos = nowNanos;
    }

    /** How long to sleep after a fetch that locked {@code taken} steps, in milliseconds; 0 to go on at once. */
    long millisAfterFetch(int taken) {
        return taken < batchSize ? sweepInterval.toMillis() : 0;
    }

    /** How long to sleep after a round failed, in milliseconds: the sweep tries again. */
    long millisAfterFailure() {
        return sweepInterval.toMillis();
    }

    /**
     * Whether to look for drawn processes now that a fetch has left work behind: once per sweep interval,
     * as that look is a query of its own. Answering true counts as looking.
     */
    boolean lookForDrawnProcesses(long nowNanos) {
        if (looked && nowNanos - lastLookNanos < sweepInterval.toNanos()) {
            return false;
        }
        looked = true;
        lastLookNanos = nowNanos;
        return true;
    }
}
