package org.echoer.cli.api;

/**
 * The server could not be used. Subclasses name the category so a caller can tell an unreachable
 * server from a refused login or a timeout; all of them exit with {@link ExitCodes#SERVER_PROBLEM}.
 */
public class ServerProblemException extends CliException {

    public ServerProblemException(String message) {
        super(message);
    }

    public ServerProblemException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return ExitCodes.SERVER_PROBLEM;
    }
}
