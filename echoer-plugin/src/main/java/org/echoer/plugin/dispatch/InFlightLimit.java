package org.echoer.plugin.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many dispatch POSTs may be under way at once. Each step being sent holds a {@link Permit} until its
 * answer is settled; a permit counts once however often it is given back, so the limit can neither leak
 * nor grow.
 */
final class InFlightLimit {

    private final Semaphore free;

    InFlightLimit(int max) {
        this.free = new Semaphore(max);
    }

    /** Waits for a free permit. */
    Permit take() throws InterruptedException {
        free.acquire();
        return new Permit();
    }

    /** Waits for a free permit, then takes every other one free now too: as many steps as a fetch may lock. */
    List<Permit> takeAllFree() throws InterruptedException {
        free.acquire();
        int taken = 1 + free.drainPermits();
        List<Permit> permits = new ArrayList<>(taken);
        for (int i = 0; i < taken; i++) {
            permits.add(new Permit());
        }
        return permits;
    }

    /** Permits free now. */
    int free() {
        return free.availablePermits();
    }

    /** One step's share of the limit. */
    final class Permit {

        private final AtomicBoolean given = new AtomicBoolean();

        /** Gives the permit back; only the first call counts. */
        void release() {
            if (given.compareAndSet(false, true)) {
                free.release();
            }
        }
    }
}
