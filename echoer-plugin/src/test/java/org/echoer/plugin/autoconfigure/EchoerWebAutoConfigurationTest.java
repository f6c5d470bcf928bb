package org.echoer.plugin.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import jakarta.servlet.Filter;
import org.echoer.plugin.web.ApiCredentialsFilter;
import org.echoer.plugin.web.CallbackSecretFilter;
import org.echoer.plugin.web.DefinitionController;
import org.echoer.plugin.web.ErrorAdvice;
import org.echoer.plugin.web.FlowRunController;
import org.echoer.plugin.web.FslController;
import org.echoer.plugin.web.NulCharacterFilter;
import org.echoer.plugin.web.RequestBodyLimitFilter;
import org.echoer.plugin.web.StepController;
import org.echoer.plugin.web.WatchController;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/** The REST API part, in a servlet web application on a real engine. */
class EchoerWebAutoConfigurationTest {

    private final WebApplicationContextRunner runner = EngineContexts.withEngine(new WebApplicationContextRunner());

    @Test
    void servesTheApiWithItsLimitsAndAnOpenCallback() {
        runner.run(context -> {
            assertThat(context).hasNotFailed()
                    .hasSingleBean(FslController.class)
                    .hasSingleBean(DefinitionController.class)
                    .hasSingleBean(FlowRunController.class)
                    .hasSingleBean(StepController.class)
                    .hasSingleBean(WatchController.class)
                    .hasSingleBean(ErrorAdvice.class);
            assertThat(registration(context, RequestBodyLimitFilter.class).isEnabled()).isTrue();
            assertThat(registration(context, NulCharacterFilter.class).isEnabled()).isTrue();
            assertThat(registration(context, CallbackSecretFilter.class).isEnabled()).as("no secret, no check").isFalse();
            assertThat(context).doesNotHaveBean("echoerApiCredentials");
        });
    }

    @Test
    void checksTheCallbackSecretInTheConfiguredHeaderWhenOneIsSet() {
        runner.withPropertyValues("echoer.security.callback-secret=shared", "echoer.security.callback-secret-header=X-Our-Secret")
                .run(context -> {
                    assertThat(registration(context, CallbackSecretFilter.class).isEnabled()).isTrue();
                    assertThat(context.getBean(OpenAPI.class).getComponents().getSecuritySchemes()
                            .get(EchoerOpenApiAutoConfiguration.CALLBACK_SECRET).getName()).isEqualTo("X-Our-Secret");
                });
    }

    @Test
    void checksCredentialsBeforeAnyOtherFilterOfTheApi() {
        runner.withPropertyValues("echoer.security.enabled=true", "echoer.security.tokens=a-token").run(context -> {
            int credentials = registration(context, ApiCredentialsFilter.class).getOrder();
            assertThat(registration(context, CallbackSecretFilter.class).getOrder()).isEqualTo(credentials);
            assertThat(registration(context, RequestBodyLimitFilter.class).getOrder()).isGreaterThan(credentials);
            assertThat(registration(context, NulCharacterFilter.class).getOrder()).isGreaterThan(credentials);
        });
    }

    @Test
    void doesNotStartSecuredWithoutAUsableCredential() {
        runner.withPropertyValues("echoer.security.enabled=true", "echoer.security.users.ops=", "echoer.security.tokens= ")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(MissingApiCredentialsException.class);
                    FailureAnalysis analysis = new MissingApiCredentialsFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).isEqualTo("echoer.security.enabled is true but no API user or token is "
                            + "configured (users with an empty password and empty tokens do not count).");
                    assertThat(analysis.getAction()).startsWith("Set at least one of: echoer.security.users.NAME=PASSWORD")
                            .contains("echoer.security.tokens=TOKEN[,TOKEN]", "echoer.security.enabled=false");
                });
    }

    private static FilterRegistrationBean<?> registration(AssertableWebApplicationContext context, Class<? extends Filter> filter) {
        return context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                .filter(registration -> filter.isInstance(registration.getFilter()))
                .findFirst().orElseThrow(() -> new AssertionError("no registration of " + filter.getSimpleName()));
    }
}
