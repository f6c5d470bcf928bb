package org.echoer.plugin.web;

/** A body in a content type the endpoint does not read (415). */
public final class UnsupportedBodyException extends RuntimeException {

    public UnsupportedBodyException(String message) {
        super(message);
    }
}
