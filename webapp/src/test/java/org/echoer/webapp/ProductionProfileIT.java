package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.echoer.plugin.autoconfigure.MissingApiCredentialsException;
import org.echoer.plugin.autoconfigure.MissingApiCredentialsFailureAnalyzer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

/** The production profile refuses to start without passwords of its own, and says what to set. */
class ProductionProfileIT {

    @Test
    void refusesTheBuiltInAdminPassword() {
        Throwable failure = start("--camunda.bpm.admin-user.password=admin", "--echoer.security.tokens=t");

        assertThat(NestedExceptionUtils.getRootCause(failure)).isInstanceOf(WeakAdminPasswordException.class);
        FailureAnalysis analysis = new WeakAdminPasswordFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("built-in admin password");
        assertThat(analysis.getAction()).contains("ECHOER_ADMIN_PASSWORD");
    }

    @Test
    void refusesAnEmptyAdminPassword() {
        Throwable failure = start("--camunda.bpm.admin-user.password=", "--echoer.security.tokens=t");

        assertThat(new WeakAdminPasswordFailureAnalyzer().analyze(failure).getDescription()).contains("empty admin password");
    }

    @Test
    void refusesASecuredApiWithoutAnyCredential() {
        Throwable failure = start("--camunda.bpm.admin-user.password=a-real-one", "--echoer.security.users.ops=");

        assertThat(NestedExceptionUtils.getRootCause(failure)).isInstanceOf(MissingApiCredentialsException.class);
        FailureAnalysis analysis = new MissingApiCredentialsFailureAnalyzer().analyze(failure);
        assertThat(analysis.getAction()).contains("echoer.security.users.NAME=PASSWORD", "echoer.security.tokens", "ECHOER_API_TOKENS");
    }

    private static Throwable start(String... arguments) {
        String[] all = new String[arguments.length + 4];
        all[0] = "--server.port=0";
        all[1] = "--spring.datasource.url=jdbc:h2:mem:production-it-" + System.nanoTime();
        all[2] = "--echoer.dispatch.sweep-interval=1h";
        // an engine of its own name: closing it must not unregister the JVM's default engine, which the
        // other tests' /engine-rest finds by name
        all[3] = "--camunda.bpm.process-engine-name=production-it";
        System.arraycopy(arguments, 0, all, 4, arguments.length);
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(EchoerApplication.class).profiles("production")
                .run(all).close());
        assertThat(failure).as("the application started").isNotNull();
        return failure;
    }
}
