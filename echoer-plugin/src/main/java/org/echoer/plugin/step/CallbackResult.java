package org.echoer.plugin.step;

/** A callback's outcome and a sentence saying why, for the caller. */
public record CallbackResult(CallbackOutcome outcome, String message) {
}
