package org.echoer.bench;

import java.util.concurrent.atomic.LongAdder;

/** What the driver measures about the runs of one batch. */
final class Measurements {

    private final LatencyHistogram runLatency = new LatencyHistogram();
    private final LatencyHistogram callbackToDispatch = new LatencyHistogram();
    private final LatencyHistogram submitAnswer = new LatencyHistogram();
    private final LatencyHistogram firstDispatch = new LatencyHistogram();
    private final LatencyHistogram callbackAnswer = new LatencyHistogram();
    private final LongAdder dispatchBeforeAnswer = new LongAdder();
    private final LongAdder stepsAccepted = new LongAdder();
    private final LongAdder redispatches = new LongAdder();

    /** Submit to the final callback's 2xx answer. */
    void runFinished(long nanos) {
        runLatency.record(nanos);
    }

    /**
     * A step's callback got its 2xx answer and the run's next dispatch arrived {@code nanos} later. Negative
     * when the dispatch arrived first (the engine committed before the answer reached the driver): counted,
     * and recorded as 0.
     */
    void callbackToDispatch(long nanos) {
        if (nanos < 0) {
            dispatchBeforeAnswer.increment();
        }
        callbackToDispatch.record(nanos);
    }

    /** The round trip of {@code POST /flowrun}. */
    void submitAnswered(long nanos) {
        submitAnswer.record(nanos);
    }

    /** From the start of {@code POST /flowrun} to the run's first dispatch arriving. */
    void firstDispatch(long nanos) {
        firstDispatch.record(nanos);
    }

    /** A step's callback was accepted, {@code nanos} after it was first sent (retries included). */
    void stepAccepted(long nanos) {
        stepsAccepted.increment();
        callbackAnswer.record(nanos);
    }

    /** The engine dispatched an activation (same uuid) again. */
    void redispatch() {
        redispatches.increment();
    }

    Percentiles runLatency() {
        return runLatency.percentiles();
    }

    Percentiles callbackToDispatch() {
        return callbackToDispatch.percentiles();
    }

    Percentiles submitAnswer() {
        return submitAnswer.percentiles();
    }

    Percentiles firstDispatch() {
        return firstDispatch.percentiles();
    }

    Percentiles callbackAnswer() {
        return callbackAnswer.percentiles();
    }

    long dispatchBeforeAnswer() {
        return dispatchBeforeAnswer.sum();
    }

    long stepsAccepted() {
        return stepsAccepted.sum();
    }

    long redispatches() {
        return redispatches.sum();
    }
}
