package org.echoer.cli.api;

/** The server did not connect or answer in time. */
public final class ServerTimeoutException extends ServerProblemException {

    public ServerTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
