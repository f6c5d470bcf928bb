package org.echoer.bench.baseline.floor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the floor: when it was started, how many of its steps were fetched and completed, and which
 * state each activation answers.
 */
final class FloorRun {

    static final String FAIL = "FAIL";

    private final String name;
    private final FloorBatch batch;
    private final Map<String, Integer> attempts = new HashMap<>();
    private long startedAt;
    private long lastCompletedAt;
    private int fetched;
    private int completed;
    private boolean nextFetchedEarly;

    FloorRun(String name, FloorBatch batch) {
        this.name = name;
        this.batch = batch;
    }

    String name() {
        return name;
    }

    synchronized void started(long now) {
        startedAt = now;
    }

    synchronized long startedAt() {
        return startedAt;
    }

    /** A step of this run was fetched at {@code now}. */
    synchronized void fetched(long now) {
        fetched++;
        if (fetched == 1) {
            batch.timings().firstFetch().record(now - startedAt);
        } else if (completed >= fetched - 1) {
            batch.timings().completeToFetch().record(now - lastCompletedAt);
        } else {
            nextFetchedEarly = true; // fetched by another thread before this one noted the completion: 0 ms
        }
    }

    /** The answer for the next activation of {@code activityId}: FAIL while failing first, then the happy path. */
    synchronized String state(String activityId, List<String> declaredStates) {
        int attempt = attempts.merge(activityId, 1, Integer::sum);
        if (attempt <= batch.failuresFirst()) {
            return FAIL;
        }
        if (declaredStates.isEmpty()) {
            throw new IllegalStateException("activity " + activityId + " declares no states");
        }
        return declaredStates.get(0);
    }

    /** A step's complete() ran from {@code calledAt} to {@code now}. */
    void completed(long calledAt, long now) {
        boolean last;
        synchronized (this) {
            completed++;
            lastCompletedAt = now;
            batch.timings().complete().record(now - calledAt);
            if (nextFetchedEarly) {
                batch.timings().completeToFetch().record(0);
                nextFetchedEarly = false;
            }
            last = completed == batch.stepsPerRun();
        }
        batch.stepCompleted();
        if (last) {
            batch.finished(this, now);
        }
    }

    synchronized boolean finished() {
        return completed >= batch.stepsPerRun();
    }

    synchronized String describe() {
        return name + ": " + completed + " of " + batch.stepsPerRun() + " steps completed";
    }
}
