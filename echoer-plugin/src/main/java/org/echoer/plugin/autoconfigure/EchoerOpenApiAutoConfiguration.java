package org.echoer.plugin.autoconfigure;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * What the OpenAPI document ({@code /v3/api-docs}, springdoc) says about echoer's API as a whole: its title,
 * what it is for, and how its clients authenticate. The operations come from the controllers' annotations.
 */
@AutoConfiguration(after = EchoerAutoConfiguration.class)
@ConditionalOnClass(OpenAPI.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public final class EchoerOpenApiAutoConfiguration {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    /** The scheme the callback's operation names (StepController). */
    static final String CALLBACK_SECRET = "callbackSecret";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI echoerOpenApi(SecurityProperties security) {
        return new OpenAPI()
                .info(new Info().title("echoer API").version("1")
                        .description("FSL flows on Camunda: submit FSL, start and follow flow runs, and take the callbacks of "
                                + "business services. An action receives a POST with every step argument under its own name and "
                                + "flowId, stepName, ackStates, uuid, globalVariables; it answers 2xx, then reports the state it "
                                + "reached with POST /step. With echoer.security.enabled, every call but the callback needs HTTP "
                                + "Basic or a bearer token, and the callback needs the callback secret when one is set."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("an API user (echoer.security.users.NAME)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("an API token (echoer.security.tokens)"))
                        .addSecuritySchemes(CALLBACK_SECRET, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(security.callbackSecretHeader())
                                .description("echoer.security.callback-secret, sent with every dispatch; callbacks carry it back")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
