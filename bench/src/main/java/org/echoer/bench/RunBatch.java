package org.echoer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs submitted and measured together (the warm-up, then the measured runs): at most {@code concurrency}
 * of them in flight, a slot freed when a run finishes or its submission fails.
 */
final class RunBatch {

    private static final int ERRORS_KEPT = 5;

    private final List<RunProgress> runs = new ArrayList<>();
    private final Semaphore slots;
    private final CountDownLatch open;
    private final Measurements measurements = new Measurements();
    private final AtomicLong startedAt = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong lastFinishedAt = new AtomicLong(Long.MIN_VALUE);
    private final AtomicInteger failedSubmits = new AtomicInteger();
    private final Queue<String> submitErrors = new ConcurrentLinkedQueue<>();

    private RunBatch(int size, int concurrency) {
        this.slots = new Semaphore(concurrency);
        this.open = new CountDownLatch(size);
    }

    static RunBatch of(List<String> names, int concurrency, Workload workload, RunEnd end) {
        RunBatch batch = new RunBatch(names.size(), concurrency);
        for (String name : names) {
            batch.runs.add(new RunProgress(name, workload, end, batch));
        }
        return batch;
    }

    List<RunProgress> runs() {
        return List.copyOf(runs);
    }

    Measurements measurements() {
        return measurements;
    }

    /** Waits for a free slot; the first call starts the measured window. */
    void acquireSlot() throws InterruptedException {
        slots.acquire();
        startedAt.compareAndSet(Long.MIN_VALUE, System.nanoTime());
    }

    void finished(RunProgress run, long now) {
        measurements.runFinished(now - run.submittedAt());
        lastFinishedAt.accumulateAndGet(now, Math::max);
        slots.release();
        open.countDown();
    }

    void submitFailed(RunProgress run, String why) {
        failedSubmits.incrementAndGet();
        if (submitErrors.size() < ERRORS_KEPT) {
            submitErrors.add(run.name() + ": " + why);
        }
        slots.release();
        open.countDown();
    }

    /** @return whether every run finished (or failed to submit) before {@code deadlineNanos} */
    boolean await(long deadlineNanos) throws InterruptedException {
        return open.await(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** From the first submit to the last run's end (its final accepted callback, or its first dispatch). */
    long windowNanos() {
        return lastFinishedAt.get() - startedAt.get();
    }

    List<RunProgress> unfinished() {
        return runs.stream().filter(r -> !r.finished()).toList();
    }

    int failedSubmits() {
        return failedSubmits.get();
    }

    List<String> submitErrors() {
        return List.copyOf(submitErrors);
    }
}
