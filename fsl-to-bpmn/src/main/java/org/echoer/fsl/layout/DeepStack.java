package org.echoer.fsl.layout;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs work on a thread of its own with a deep stack. ELK's layered algorithm recurses along chains of
 * edges (its hyperedge merging follows one chain through a whole flow of steps with loops back), so a
 * 2,000-step flow overflowed the 1 MB stack of an ordinary thread. 64 MB is reserved, not used: the
 * operating system only backs the part the recursion reaches.
 */
final class DeepStack {

    static final long STACK_BYTES = 64L * 1024 * 1024;

    private DeepStack() {
    }

    /** Runs the work on a new thread and waits for it; what it throws is thrown here. */
    static void run(String threadName, Runnable work) {
        FutureTask<Void> task = new FutureTask<>(work, null);
        Thread thread = new Thread(null, task, threadName, STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while laying out a diagram", e);
        }
    }
}
