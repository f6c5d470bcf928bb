package org.echoer.plugin.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

/** The {@code echoer.*} settings bound as an application binds them: defaults, overrides, environment variables. */
class EchoerPropertiesBindingTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void bindsTheDocumentedDefaults() {
        runner.run(context -> {
            assertThat(context.getBean(DispatchProperties.class)).isEqualTo(new DispatchProperties(Duration.ofSeconds(2),
                    Duration.ofSeconds(10), List.of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30)),
                    Duration.ofMinutes(2), Duration.ofDays(7), Map.of(), Duration.ofSeconds(5), 50, 256, 8, null, true,
                    Duration.ofMillis(250)));
            assertThat(context.getBean(CallbackProperties.class)).isEqualTo(new CallbackProperties(64, 1));
            assertThat(context.getBean(BpmnProperties.class)).isEqualTo(new BpmnProperties("P180D", 100_000));
            assertThat(context.getBean(LimitsProperties.class)).isEqualTo(new LimitsProperties(DataSize.ofMegabytes(1), 500_000, 2_000));
            assertThat(context.getBean(SecurityProperties.class)).isEqualTo(new SecurityProperties(false, Map.of(), List.of(), null,
                    "X-Echoer-Secret", List.of(), new SecurityProperties.ActionAddressGuard(true, false, false)));
        });
    }

    @Test
    void bindsOverridesInSpringBootsUnitsAndListForms() {
        runner.withPropertyValues("echoer.dispatch.lease=5s", "echoer.dispatch.retry-backoff=100ms,2s",
                "echoer.dispatch.step-timeouts.approval=2h", "echoer.dispatch.callback-timeout=3d",
                "echoer.dispatch.lock-on-create=false", "echoer.dispatch.worker-id=node-a", "echoer.dispatch.threads=2",
                "echoer.callbacks.max-batch=1", "echoer.bpmn.history-time-to-live=P30D", "echoer.limits.request-body=2MB",
                "echoer.security.users.ops=ops-password", "echoer.security.tokens=first,second",
                "echoer.security.allowed-action-hosts=ci.internal, 10.20.0.0/16",
                "echoer.security.action-address-guard.refuse-private=true").run(context -> {
                    DispatchProperties dispatch = context.getBean(DispatchProperties.class);
                    assertThat(dispatch.lease()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(dispatch.retryBackoff()).containsExactly(Duration.ofMillis(100), Duration.ofSeconds(2));
                    assertThat(dispatch.stepTimeouts()).containsExactly(Map.entry("approval", Duration.ofHours(2)));
                    assertThat(dispatch.callbackTimeout()).isEqualTo(Duration.ofDays(3));
                    assertThat(dispatch.lockOnCreate()).isFalse();
                    assertThat(dispatch.workerId()).isEqualTo("node-a");
                    assertThat(dispatch.threads()).isEqualTo(2);
                    assertThat(context.getBean(CallbackProperties.class).maxBatch()).isEqualTo(1);
                    assertThat(context.getBean(BpmnProperties.class).historyTimeToLive()).isEqualTo("P30D");
                    assertThat(context.getBean(LimitsProperties.class).requestBody()).isEqualTo(DataSize.ofMegabytes(2));
                    SecurityProperties security = context.getBean(SecurityProperties.class);
                    assertThat(security.users()).containsExactly(Map.entry("ops", "ops-password"));
                    assertThat(security.tokens()).containsExactly("first", "second");
                    assertThat(security.allowedActionHosts()).containsExactly("ci.internal", "10.20.0.0/16");
                    assertThat(security.actionAddressGuard()).isEqualTo(new SecurityProperties.ActionAddressGuard(true, false, true));
                });
    }

    @Test
    void bindsTheEnvironmentVariablesTheDocumentationNames() {
        Map<String, Object> variables = Map.of("ECHOER_SECURITY_USERS_OPS", "ops-password", "ECHOER_SECURITY_TOKENS", "t1,t2",
                "ECHOER_SECURITY_ACTIONADDRESSGUARD_REFUSELOOPBACK", "true", "ECHOER_DISPATCH_LEASE", "30s");
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables))).run(context -> {
                    SecurityProperties security = context.getBean(SecurityProperties.class);
                    assertThat(security.users()).containsExactly(Map.entry("ops", "ops-password"));
                    assertThat(security.tokens()).containsExactly("t1", "t2");
                    assertThat(security.actionAddressGuard().refuseLoopback()).isTrue();
                    assertThat(context.getBean(DispatchProperties.class).lease()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void refusesAValueThatIsNoDuration() {
        runner.withPropertyValues("echoer.dispatch.lease=two minutes").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("two minutes"));
    }

    @EnableConfigurationProperties({DispatchProperties.class, CallbackProperties.class, BpmnProperties.class,
        LimitsProperties.class, SecurityProperties.class})
    static class Settings {
    }
}
