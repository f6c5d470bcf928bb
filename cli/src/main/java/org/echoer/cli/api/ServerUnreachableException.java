package org.echoer.cli.api;

/** No connection to the server: refused, unknown host, reset. */
public final class ServerUnreachableException extends ServerProblemException {

    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
