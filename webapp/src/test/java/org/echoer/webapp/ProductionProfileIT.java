package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.echoer.webapp.support.FailedStart;
import org.junit.jupiter.api.Test;

/** The production profile refuses to start without settings of its own, names every missing one at once, and says what to set. */
class ProductionProfileIT {

    @Test
    void namesEveryMissingSettingAtOnce() {
        String report = start("--camunda.bpm.admin-user.password=admin");

        assertThat(report).contains("Cockpit's admin password is the built-in 'admin'", "no API user or token is configured",
                "ECHOER_ADMIN_PASSWORD=", "ECHOER_SECURITY_USERS_NAME=PASSWORD", "ECHOER_API_TOKENS=");
    }

    @Test
    void refusesTheBuiltInAdminPasswordAlone() {
        String report = start("--camunda.bpm.admin-user.password=admin", "--echoer.security.tokens=t");

        assertThat(report).contains("built-in 'admin'", "ECHOER_ADMIN_PASSWORD").doesNotContain("no API user");
    }

    @Test
    void refusesAnEmptyAdminPassword() {
        String report = start("--camunda.bpm.admin-user.password=", "--echoer.security.tokens=t");

        assertThat(report).contains("admin password is empty");
    }

    @Test
    void refusesASecuredApiWhoseOnlyUserHasNoPassword() {
        String report = start("--camunda.bpm.admin-user.password=a-real-one", "--echoer.security.users.ops=");

        assertThat(report).contains("no API user or token", "echoer.security.users.NAME", "ECHOER_API_TOKENS")
                .doesNotContain("admin password");
    }

    private static String start(String... arguments) {
        String[] all = new String[arguments.length + 1];
        all[0] = "--spring.datasource.url=jdbc:h2:mem:production-it-" + System.nanoTime();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return FailedStart.run(List.of("production"), all).report();
    }
}
