package org.echoer.samples;

/** A request body the engine would never send; answered 400 with this message and no callback. */
final class BadRequestException extends Exception {

    BadRequestException(String message) {
        super(message);
    }

    BadRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
