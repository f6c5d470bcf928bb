package org.echoer.webapp;

import java.util.List;

/** The production profile is active and settings it needs are missing; each is named with what to set. */
final class MissingProductionSettingsException extends RuntimeException {

    /** A setting the production profile cannot start without. */
    enum Missing {
        ADMIN_PASSWORD_EMPTY("Cockpit's admin password is empty",
                "ECHOER_ADMIN_PASSWORD=a password of your own (camunda.bpm.admin-user.password; ECHOER_ADMIN_USER for another user than 'admin')"),
        ADMIN_PASSWORD_BUILT_IN("Cockpit's admin password is the built-in 'admin'",
                "ECHOER_ADMIN_PASSWORD=a password of your own (camunda.bpm.admin-user.password; ECHOER_ADMIN_USER for another user than 'admin')"),
        API_CREDENTIALS("no API user or token is configured (users with an empty password and empty tokens do not count)",
                "ECHOER_SECURITY_USERS_NAME=PASSWORD (echoer.security.users.NAME) for a user, "
                        + "and/or ECHOER_API_TOKENS=TOKEN[,TOKEN] (echoer.security.tokens)");

        private final String problem;
        private final String fix;

        Missing(String problem, String fix) {
            this.problem = problem;
            this.fix = fix;
        }

        String problem() {
            return problem;
        }

        String fix() {
            return fix;
        }
    }

    private final List<Missing> missing;

    MissingProductionSettingsException(List<Missing> missing) {
        super("the production profile is missing: " + missing.stream().map(Missing::problem).toList());
        this.missing = List.copyOf(missing);
    }

    List<Missing> missing() {
        return missing;
    }
}
