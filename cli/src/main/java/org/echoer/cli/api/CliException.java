package org.echoer.cli.api;

/** A failure the terminal reports in one line, with the exit code a script sees. */
public abstract class CliException extends RuntimeException {

    protected CliException(String message) {
        super(message);
    }

    protected CliException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The process exit code for this kind of failure, see {@link ExitCodes}. */
    public abstract int exitCode();
}
