package org.echoer.plugin.run;

/** A template start whose arguments do not fit the flow's steps. */
public final class InvalidStartException extends RuntimeException {

    public InvalidStartException(String message) {
        super(message);
    }
}
