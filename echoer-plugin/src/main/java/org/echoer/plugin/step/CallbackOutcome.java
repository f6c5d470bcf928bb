package org.echoer.plugin.step;

/** How a callback was taken; the web layer answers each with its HTTP status. */
public enum CallbackOutcome {
    /** The step completed with the reported state. */
    COMPLETED,
    /** The activation was completed before: duplicates and late retries are harmless. */
    ALREADY_DONE,
    /** {@code done: false}: data recorded, the step keeps waiting. */
    WAITING,
    /** No activation has that uuid. */
    UNKNOWN_UUID,
    /** flowId or stepName do not match the activation. */
    MISMATCH,
    /** The step has no transition for the reported state. */
    UNEXPECTED_STATE,
    /** The flow run is paused: retry later. */
    PAUSED,
    /** The flow run was stopped. */
    STOPPED
}
