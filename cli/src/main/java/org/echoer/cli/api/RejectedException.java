package org.echoer.cli.api;

import java.util.Optional;

/** The server (or the terminal itself) refused the input; the error body tells why and where. */
public final class RejectedException extends CliException {

    private final transient ApiError error;

    public RejectedException(ApiError error) {
        super(error.message());
        this.error = error;
    }

    public RejectedException(String message) {
        super(message);
        this.error = null;
    }

    /** The server's error body, when the server is the one that refused. */
    public Optional<ApiError> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public int exitCode() {
        return ExitCodes.REJECTED;
    }
}
