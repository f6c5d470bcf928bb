package org.echoer.plugin.callback;

/** How a callback was taken, with the HTTP status docs/api.md ("The callback") gives it. */
public enum CallbackOutcome {
    /** The step completed with the reported state. */
    COMPLETED(200),
    /** The activation was completed before: duplicates and late retries are harmless. */
    ALREADY_DONE(200),
    /** {@code done: false}: data recorded, the step keeps waiting. */
    WAITING(202),
    /** No activation has that uuid. */
    UNKNOWN_UUID(404),
    /** flowId or stepName do not match the activation. */
    MISMATCH(400),
    /** The step has no transition for the reported state. */
    UNEXPECTED_STATE(400),
    /** The flow run is paused: retry later. */
    PAUSED(409),
    /** The flow run was stopped. */
    STOPPED(410);

    private final int status;

    CallbackOutcome(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
