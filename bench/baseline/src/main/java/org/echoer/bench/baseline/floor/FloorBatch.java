package org.echoer.bench.baseline.floor;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Runs started and measured together, at most {@code concurrency} in flight. */
final class FloorBatch {

    private static final int ERRORS_KEPT = 5;

    private final List<FloorRun> runs = new ArrayList<>();
    private final int stepsPerRun;
    private final int failuresFirst;
    private final Semaphore slots;
    private final CountDownLatch open;
    private final FloorTimings timings = new FloorTimings();
    private final LongAdder steps = new LongAdder();
    private final AtomicLong firstStartAt = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong lastFinishedAt = new AtomicLong(Long.MIN_VALUE);
    private final AtomicInteger failedStarts = new AtomicInteger();
    private final Queue<String> startErrors = new ConcurrentLinkedQueue<>();

    FloorBatch(List<String> names, int concurrency, int stepsPerRun, int failuresFirst) {
        this.stepsPerRun = stepsPerRun;
        this.failuresFirst = failuresFirst;
        this.slots = new Semaphore(concurrency);
        this.open = new CountDownLatch(names.size());
        names.forEach(name -> runs.add(new FloorRun(name, this)));
    }

    List<FloorRun> runs() {
        return List.copyOf(runs);
    }

    int stepsPerRun() {
        return stepsPerRun;
    }

    int failuresFirst() {
        return failuresFirst;
    }

    FloorTimings timings() {
        return timings;
    }

    /** Waits for a free slot; the first call starts the measured window. */
    void acquireSlot() throws InterruptedException {
        slots.acquire();
        firstStartAt.compareAndSet(Long.MIN_VALUE, System.nanoTime());
    }

    void stepCompleted() {
        steps.increment();
    }

    void finished(FloorRun run, long now) {
        timings.runLatency().record(now - run.startedAt());
        lastFinishedAt.accumulateAndGet(now, Math::max);
        slots.release();
        open.countDown();
    }

    void startFailed(FloorRun run, String why) {
        failedStarts.incrementAndGet();
        if (startErrors.size() < ERRORS_KEPT) {
            startErrors.add(run.name() + ": " + why);
        }
        slots.release();
        open.countDown();
    }

    boolean await(long deadlineNanos) throws InterruptedException {
        return open.await(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** From the first start to the last run's final completion. */
    long windowNanos() {
        return lastFinishedAt.get() - firstStartAt.get();
    }

    long steps() {
        return steps.sum();
    }

    List<FloorRun> unfinished() {
        return runs.stream().filter(run -> !run.finished()).toList();
    }

    int failedStarts() {
        return failedStarts.get();
    }

    List<String> startErrors() {
        return List.copyOf(startErrors);
    }
}
