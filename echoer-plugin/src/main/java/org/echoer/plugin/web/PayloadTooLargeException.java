package org.echoer.plugin.web;

/** A request or FSL document over its configured limit (413). */
public final class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
