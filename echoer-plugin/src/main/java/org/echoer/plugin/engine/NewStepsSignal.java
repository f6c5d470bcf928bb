package org.echoer.plugin.engine;

import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.util.SingleConsumerCondition;

/**
 * Wakes one thread when external tasks may have become available: the engine's own after-commit signal
 * (the one Camunda's REST long polling waits on), plus wake-ups of our own.
 */
public final class NewStepsSignal implements AutoCloseable {

    private final SingleConsumerCondition condition;

    /** Listens to the engine's signal for the consumer thread, which alone may {@link #await}. */
    public NewStepsSignal(Thread consumer) {
        this.condition = new SingleConsumerCondition(consumer);
        ProcessEngineImpl.EXT_TASK_CONDITIONS.addConsumer(condition);
    }

    /** Wakes the consumer, or keeps it from sleeping in its next {@link #await}. */
    public void signal() {
        condition.signal();
    }

    /** Sleeps until signalled or the time has passed; only on the consumer thread. */
    public void await(long millis) {
        condition.await(millis);
    }

    @Override
    public void close() {
        ProcessEngineImpl.EXT_TASK_CONDITIONS.removeConsumer(condition);
    }
}
