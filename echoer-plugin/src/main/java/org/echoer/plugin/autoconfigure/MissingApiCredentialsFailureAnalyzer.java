package org.echoer.plugin.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to set when the API is secured without any credential to use it with. */
public final class MissingApiCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<MissingApiCredentialsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingApiCredentialsException cause) {
        return new FailureAnalysis(cause.getMessage() + " (users with an empty password and empty tokens do not count).",
                "Set at least one of: echoer.security.users.NAME=PASSWORD (environment: ECHOER_SECURITY_USERS_NAME=PASSWORD), "
                        + "echoer.security.tokens=TOKEN[,TOKEN] (environment: ECHOER_API_TOKENS in the production profile); "
                        + "or set echoer.security.enabled=false to leave the API open.",
                cause);
    }
}
