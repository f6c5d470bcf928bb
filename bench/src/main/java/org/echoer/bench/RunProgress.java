package org.echoer.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One flow run seen from the driver: when it was submitted, the activations dispatched to the action
 * service and the answers it gave, and when each callback was accepted. Pairs each accepted callback
 * with the run's next dispatch, whichever of the two the driver sees first.
 */
final class RunProgress {

    private static final long UNSET = Long.MIN_VALUE;

    private final String name;
    private final Workload workload;
    private final RunEnd end;
    private final RunBatch batch;
    private final Map<String, Integer> attempts = new HashMap<>();
    private final Map<String, StepAnswer> byUuid = new HashMap<>();
    private long[] dispatchedAt;
    private long[] acceptedAt;
    private long submittedAt = UNSET;
    private int accepted;
    private boolean finished;

    RunProgress(String name, Workload workload, RunEnd end, RunBatch batch) {
        this.name = name;
        this.workload = workload;
        this.end = end;
        this.batch = batch;
        this.dispatchedAt = unset(workload.shape().steps() + 1);
        this.acceptedAt = unset(workload.shape().steps() + 1);
    }

    String name() {
        return name;
    }

    synchronized void submitted(long now) {
        submittedAt = now;
    }

    synchronized long submittedAt() {
        return submittedAt;
    }

    /**
     * A dispatch for this run arrived at {@code now}: decides the answer.
     *
     * @return the callback to send, or null for none (the run ends at its first dispatch)
     */
    StepAnswer dispatched(Dispatch dispatch, long now) {
        StepAnswer answer = answer(dispatch, now);
        if (end == RunEnd.FIRST_DISPATCH) {
            boolean endsNow;
            synchronized (this) {
                endsNow = !finished;
                finished = true;
            }
            if (endsNow) {
                batch.finished(this, now);
            }
            return null;
        }
        return answer;
    }

    private synchronized StepAnswer answer(Dispatch dispatch, long now) {
        StepAnswer known = byUuid.get(dispatch.uuid());
        if (known != null) {
            batch.measurements().redispatch();
            return known.again();
        }
        int sequence = byUuid.size();
        int attempt = attempts.merge(dispatch.stepName(), 1, Integer::sum);
        String state = workload.policy().choose(dispatch.ackStates(), attempt);
        StepAnswer answer = new StepAnswer(sequence, dispatch.uuid(), dispatch.stepName(), state,
                workload.shape().endsRun(dispatch.stepName(), state), false);
        byUuid.put(dispatch.uuid(), answer);
        grow(sequence + 2);
        dispatchedAt[sequence] = now;
        if (sequence == 0) {
            batch.measurements().firstDispatch(now - submittedAt);
        } else if (acceptedAt[sequence - 1] != UNSET) {
            batch.measurements().callbackToDispatch(now - acceptedAt[sequence - 1]);
        }
        return answer;
    }

    /** The callback of {@code answer}, first sent at {@code sentAt}, got a 2xx answer at {@code now}. */
    void accepted(StepAnswer answer, long sentAt, long now) {
        boolean endsNow;
        synchronized (this) {
            int sequence = answer.sequence();
            if (acceptedAt[sequence] != UNSET) {
                return; // the callback of a repeated dispatch: counted once
            }
            acceptedAt[sequence] = now;
            accepted++;
            batch.measurements().stepAccepted(now - sentAt);
            if (dispatchedAt[sequence + 1] != UNSET) {
                batch.measurements().callbackToDispatch(dispatchedAt[sequence + 1] - now);
            }
            endsNow = answer.last() && !finished;
            finished |= endsNow;
        }
        if (endsNow) {
            batch.finished(this, now);
        }
    }

    synchronized boolean finished() {
        return finished;
    }

    /** Steps accepted so far; equals the workload's steps per run once finished, unless the engine strayed. */
    synchronized int acceptedSteps() {
        return accepted;
    }

    synchronized String describe() {
        return name + ": " + accepted + " of " + workload.shape().steps() + " steps accepted, " + byUuid.size()
                + " dispatched" + (submittedAt == UNSET ? ", not submitted" : "");
    }

    private void grow(int size) {
        if (dispatchedAt.length < size) {
            int length = Math.max(size, dispatchedAt.length * 2);
            dispatchedAt = resized(dispatchedAt, length);
            acceptedAt = resized(acceptedAt, length);
        }
    }

    private static long[] resized(long[] times, int length) {
        long[] copy = Arrays.copyOf(times, length);
        Arrays.fill(copy, times.length, length, UNSET);
        return copy;
    }

    private static long[] unset(int length) {
        long[] times = new long[length];
        Arrays.fill(times, UNSET);
        return times;
    }
}
