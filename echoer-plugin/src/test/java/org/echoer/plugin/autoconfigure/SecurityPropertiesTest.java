package org.echoer.plugin.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SecurityPropertiesTest {

    private static SecurityProperties security(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("echoer.security", SecurityProperties.class);
    }

    @Test
    void countsNeitherUsersWithoutPasswordNorEmptyTokens() {
        SecurityProperties unusable = security(Map.of("echoer.security.users.ops", "", "echoer.security.tokens", " "));

        assertThatThrownBy(unusable::requireApiCredentials).isInstanceOf(MissingApiCredentialsException.class)
                .hasMessage("echoer.security.enabled is true but no API user or token is configured");
    }

    @Test
    void acceptsAUserWithAPasswordOrAToken() {
        assertThat(security(Map.of("echoer.security.users.ops", "pw")).requireApiCredentials().isEmpty()).isFalse();
        assertThat(security(Map.of("echoer.security.tokens", "t")).requireApiCredentials().isEmpty()).isFalse();
    }

    @Test
    void sendsTheCallbackSecretOnlyWhenOneIsSet() {
        assertThat(security(Map.of("echoer.security.callback-secret", "")).dispatchHeaders()).isEmpty();
        assertThat(security(Map.of("echoer.security.callback-secret", "s3cret")).dispatchHeaders())
                .containsExactly(Map.entry("X-Echoer-Secret", "s3cret"));
    }

    @Test
    void buildsTheActionAddressPolicyFromHostsAndGuard() {
        assertThat(security(Map.of("echoer.security.action-address-guard.enabled", "false")).toActionAddressPolicy().refusesNothing())
                .isTrue();
        assertThat(security(Map.of()).toActionAddressPolicy().refusesNothing()).isFalse();
        assertThat(security(Map.of("echoer.security.action-address-guard.enabled", "false",
                "echoer.security.allowed-action-hosts", "ci.internal")).toActionAddressPolicy().hasAllowedHosts()).isTrue();
    }

    @Test
    void namesNoSecretWhenPrinted() {
        String printed = security(Map.of("echoer.security.users.ops", "ops-password", "echoer.security.tokens", "a-token",
                "echoer.security.callback-secret", "s3cret")).toString();

        assertThat(printed).contains("ops").doesNotContain("ops-password", "a-token", "s3cret");
    }
}
