package org.echoer.cli.api;

/** The server answered 5xx: it failed on a request it accepted. */
public final class ServerErrorException extends ServerProblemException {

    public ServerErrorException(String message) {
        super(message);
    }
}
