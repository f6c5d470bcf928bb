package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.echoer.webapp.MissingProductionSettingsException.Missing;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The production profile's check of its own settings, in a context as the application makes it, before any
 * bean: which settings it refuses, and what its failure analysis tells the operator.
 */
class ProductionSettingsCheckTest {

    private final ApplicationContextRunner production = new ApplicationContextRunner()
            .withPropertyValues("spring.profiles.active=production", "echoer.security.enabled=true")
            .withUserConfiguration(ProductionSettingsCheck.class);

    @Test
    void startsWithAnAdminPasswordOfItsOwnAndAnApiCredential() {
        production.withPropertyValues("camunda.bpm.admin-user.password=a-real-one", "echoer.security.tokens=t")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void refusesTheBuiltInAdminPassword() {
        production.withPropertyValues("camunda.bpm.admin-user.password=admin", "echoer.security.tokens=t")
                .run(context -> assertThat(missing(context.getStartupFailure())).containsExactly(Missing.ADMIN_PASSWORD_BUILT_IN));
    }

    @Test
    void refusesAnEmptyAdminPassword() {
        production.withPropertyValues("camunda.bpm.admin-user.password= ", "echoer.security.users.ops=ops-password")
                .run(context -> assertThat(missing(context.getStartupFailure())).containsExactly(Missing.ADMIN_PASSWORD_EMPTY));
    }

    @Test
    void refusesASecuredApiWithoutAUsableCredential() {
        production.withPropertyValues("camunda.bpm.admin-user.password=a-real-one", "echoer.security.users.ops=",
                "echoer.security.tokens= ").run(context -> assertThat(missing(context.getStartupFailure()))
                        .containsExactly(Missing.API_CREDENTIALS));
    }

    @Test
    void namesEveryMissingSettingWithWhatToSet() {
        production.withPropertyValues("camunda.bpm.admin-user.password=admin").run(context -> {
            FailureAnalysis analysis = new MissingProductionSettingsFailureAnalyzer().analyze(context.getStartupFailure());

            assertThat(analysis.getDescription()).isEqualTo("""
                    The production profile does not start while:
                      - Cockpit's admin password is the built-in 'admin'
                      - no API user or token is configured (users with an empty password and empty tokens do not count)""");
            assertThat(analysis.getAction()).startsWith("Set all of these, then start again (see docs/security.md):\n")
                    .contains("ECHOER_ADMIN_PASSWORD=", "ECHOER_SECURITY_USERS_NAME=PASSWORD", "ECHOER_API_TOKENS=");
        });
    }

    @Test
    void checksNothingOutsideTheProductionProfile() {
        new ApplicationContextRunner().withUserConfiguration(ProductionSettingsCheck.class)
                .withPropertyValues("camunda.bpm.admin-user.password=admin", "echoer.security.enabled=true")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ProductionSettingsCheck.class));
    }

    private static List<Missing> missing(Throwable failure) {
        assertThat(failure).isNotNull();
        Throwable cause = failure;
        while (!(cause instanceof MissingProductionSettingsException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(MissingProductionSettingsException.class);
        return ((MissingProductionSettingsException) cause).missing();
    }
}
