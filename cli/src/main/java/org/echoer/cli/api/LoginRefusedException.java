package org.echoer.cli.api;

/** The server answered 401 or 403: the credentials are missing or wrong. */
public final class LoginRefusedException extends ServerProblemException {

    public LoginRefusedException(String message) {
        super(message);
    }
}
