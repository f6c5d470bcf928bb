package org.echoer.plugin.autoconfigure;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.echoer.plugin.web.ApiCredentialsFilter;
import org.echoer.plugin.web.CallbackSecretFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Who may call echoer's API in a servlet web application: API credentials, and the callback secret on callbacks. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
final class ApiSecurityConfiguration {

    /** The actuator's base path when the application does not set one, as Actuator itself has it. */
    private static final String DEFAULT_ACTUATOR_BASE_PATH = "/actuator";

    /**
     * Credentials for the API and the actuator (but health), when {@code echoer.security.enabled}; a server
     * nobody could use does not start.
     */
    @Bean
    @ConditionalOnProperty(name = "echoer.security.enabled", havingValue = "true")
    FilterRegistrationBean<ApiCredentialsFilter> echoerApiCredentials(ObjectMapper json, SecurityProperties security,
            Environment environment) {
        String actuator = environment.getProperty("management.endpoints.web.base-path", DEFAULT_ACTUATOR_BASE_PATH);
        var registration = new FilterRegistrationBean<>(new ApiCredentialsFilter(security.requireApiCredentials(), json, actuator));
        registration.setOrder(ApiFilterOrder.API_CREDENTIALS);
        return registration;
    }

    /** The callback secret, checked only when one is configured (an empty one is none). */
    @Bean
    FilterRegistrationBean<CallbackSecretFilter> echoerCallbackSecret(ObjectMapper json, SecurityProperties security) {
        var registration = new FilterRegistrationBean<>(
                new CallbackSecretFilter(security.callbackSecretHeader(), String.valueOf(security.callbackSecret()), json));
        registration.setEnabled(security.hasCallbackSecret());
        registration.setOrder(ApiFilterOrder.CALLBACK_SECRET);
        return registration;
    }
}
