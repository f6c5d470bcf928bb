package org.echoer.plugin.observe;

import org.slf4j.MDC;

/**
 * Puts a step's {@code flowId}, {@code stepName} and {@code uuid} into the logging context (MDC) of the
 * current thread for as long as it is open, so every log line about the step names it. Closing it puts
 * back what was there before: a thread that commits other callbacks with its own keeps its own.
 */
public final class StepLogContext implements AutoCloseable {

    private static final String[] KEYS = {"flowId", "stepName", "uuid"};

    private final String[] previous;

    private StepLogContext(String[] previous) {
        this.previous = previous;
    }

    /** A null value leaves its key out. */
    public static StepLogContext of(String flowId, String stepName, String uuid) {
        String[] values = {flowId, stepName, uuid};
        String[] previous = new String[KEYS.length];
        for (int i = 0; i < KEYS.length; i++) {
            previous[i] = MDC.get(KEYS[i]);
            if (values[i] != null) {
                MDC.put(KEYS[i], values[i]);
            } else {
                MDC.remove(KEYS[i]);
            }
        }
        return new StepLogContext(previous);
    }

    @Override
    public void close() {
        for (int i = 0; i < KEYS.length; i++) {
            if (previous[i] == null) {
                MDC.remove(KEYS[i]);
            } else {
                MDC.put(KEYS[i], previous[i]);
            }
        }
    }
}
