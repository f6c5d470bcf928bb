package org.echoer.plugin.web;

import java.io.IOException;

/**
 * Thrown while a body is being read, once it passes the limit. An {@code IOException} so that message
 * converters pass it on as an unreadable body; {@link ErrorAdvice} finds it there and answers 413.
 */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(String message) {
        super(message);
    }
}
