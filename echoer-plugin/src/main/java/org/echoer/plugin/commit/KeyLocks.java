package org.echoer.plugin.commit;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets one caller at a time work on a key (an activation's uuid, a flow run's name) on this node, so that
 * two of them are never in one group-committed transaction together, where neither would see the other's
 * writes: a burst of identical callbacks, or two starts of one name. Keys share 256 locks by hash.
 */
public final class KeyLocks {

    private static final int STRIPES = 256;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    public KeyLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    public <T> T withLock(String key, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(key.hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
