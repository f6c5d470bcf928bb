package org.echoer.plugin.run;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Runs an engine operation again when it lost a race on Camunda's optimistic lock (another request or
 * the dispatcher changed the same run at the same moment): the caller never sees the conflict.
 */
public final class OnConflict {

    private static final int ATTEMPTS = 5;

    private OnConflict() {
    }

    public static <T> T retry(Supplier<T> operation) {
        for (int attempt = 1;; attempt++) {
            try {
                return operation.get();
            } catch (OptimisticLockingException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
                Thread.onSpinWait();
            }
        }
    }
}
