package org.echoer.plugin.autoconfigure;

/** {@code echoer.security.enabled} is on but no user or token is configured: nobody could use the API. */
public final class MissingApiCredentialsException extends RuntimeException {

    public MissingApiCredentialsException() {
        super("echoer.security.enabled is true but no API user or token is configured");
    }
}
