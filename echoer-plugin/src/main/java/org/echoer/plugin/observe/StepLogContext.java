package org.echoer.plugin.observe;

import org.slf4j.MDC;

/**
 * Puts a step's {@code flowId}, {@code stepName} and {@code uuid} into the logging context (MDC) of the
 * current thread for as long as it is open, so every log line about the step names it.
 */
public final class StepLogContext implements AutoCloseable {

    private static final String[] KEYS = {"flowId", "stepName", "uuid"};

    private StepLogContext() {
    }

    /** Null values are left out. */
    public static StepLogContext of(String flowId, String stepName, String uuid) {
        String[] values = {flowId, stepName, uuid};
        for (int i = 0; i < KEYS.length; i++) {
            if (values[i] != null) {
                MDC.put(KEYS[i], values[i]);
            }
        }
        return new StepLogContext();
    }

    @Override
    public void close() {
        for (String key : KEYS) {
            MDC.remove(key);
        }
    }
}
