package org.echoer.plugin.callback;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Takes the callbacks for one activation one at a time on this node. Business services retry, and a burst
 * of identical callbacks would otherwise race in the database: all but one fail on the activation record's
 * unique key and must be run again. In turn, the first completes the step and the rest find it done at
 * once. (Across nodes the database still settles the race; see {@code OnConflict}.)
 */
final class ActivationLocks {

    private static final int STRIPES = 256;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    ActivationLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    <T> T withLock(String uuid, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(uuid.hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
