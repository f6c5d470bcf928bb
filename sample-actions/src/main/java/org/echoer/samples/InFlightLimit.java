package org.echoer.samples;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * Runs at most N tasks between {@link #submit} and {@link #release} and queues the rest, without blocking a
 * thread. Callbacks use it so that a stalled engine meets a bounded number of connections, not one per request.
 */
final class InFlightLimit {

    private final Semaphore permits;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

    InFlightLimit(int limit) {
        permits = new Semaphore(limit);
    }

    /** Runs {@code task} now when a permit is free, otherwise once one is; the task must end with {@link #release}. */
    void submit(Runnable task) {
        waiting.add(task);
        drain();
    }

    void release() {
        permits.release();
        drain();
    }

    // Whoever adds a task or frees a permit drains, so a queued task never waits while a permit is free.
    private void drain() {
        while (!waiting.isEmpty() && permits.tryAcquire()) {
            Runnable task = waiting.poll();
            if (task == null) {
                permits.release();
            } else {
                task.run();
            }
        }
    }
}
