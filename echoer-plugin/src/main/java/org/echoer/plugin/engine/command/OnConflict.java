package org.echoer.plugin.engine.command;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;

/**
 * Runs an engine operation again when it lost a race on Camunda's optimistic lock (another request or
 * the dispatcher changed the same run at the same moment), or when the run was paused while the operation
 * was reading it (it saw the step active and then its execution suspended), or when the database refused
 * a write because a concurrent transaction wrote the same row first (two nodes taking the same callback
 * insert the same activation record: a unique key violation, or a lock timeout while waiting for it): the
 * caller never sees the conflict, and the next attempt sees one consistent state. A persistence failure
 * that is not a race fails every attempt and reaches the caller.
 */
public final class OnConflict {

    private static final int ATTEMPTS = 5;

    private OnConflict() {
    }

    public static <T> T retry(Supplier<T> operation) {
        for (int attempt = 1;; attempt++) {
            try {
                return operation.get();
            } catch (OptimisticLockingException | SuspendedEntityInteractionException | ProcessEnginePersistenceException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
                Thread.onSpinWait();
            }
        }
    }
}
