package org.echoer.webapp;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says how to give the production profile an admin password of its own. */
public final class WeakAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<WeakAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WeakAdminPasswordException cause) {
        return new FailureAnalysis("The production profile does not start with " + cause.getMessage() + ".",
                "Set ECHOER_ADMIN_PASSWORD (camunda.bpm.admin-user.password) to a password of your own, "
                        + "and ECHOER_ADMIN_USER if the user should not be called 'admin'.",
                cause);
    }
}
