package org.echoer.plugin.web;

/** A request the API cannot take as it is (malformed body, missing field). */
public final class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
