package org.echoer.plugin.concurrent;

import java.util.Collection;
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
        ReentrantLock lock = stripes[stripe(key)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Holds the locks of all the keys; taken in one order by everyone, so two callers never wait for each other. */
    public <T> T withLocks(Collection<String> keys, Supplier<T> work) {
        int[] held = keys.stream().mapToInt(KeyLocks::stripe).distinct().sorted().toArray();
        int taken = 0;
        try {
            for (int stripe : held) {
                stripes[stripe].lock();
                taken++;
            }
            return work.get();
        } finally {
            for (int i = taken - 1; i >= 0; i--) {
                stripes[held[i]].unlock();
            }
        }
    }

    private static int stripe(String key) {
        return Math.floorMod(key.hashCode(), STRIPES);
    }
}
