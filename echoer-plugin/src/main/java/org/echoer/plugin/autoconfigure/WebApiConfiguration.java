package org.echoer.plugin.autoconfigure;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.echoer.plugin.web.DefinitionController;
import org.echoer.plugin.web.ErrorAdvice;
import org.echoer.plugin.web.FlowRunController;
import org.echoer.plugin.web.FslBodies;
import org.echoer.plugin.web.FslController;
import org.echoer.plugin.web.NulCharacterFilter;
import org.echoer.plugin.web.OpenStreams;
import org.echoer.plugin.web.RequestBodyLimitFilter;
import org.echoer.plugin.web.StepController;
import org.echoer.plugin.web.WatchController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** echoer's REST API in a servlet web application: its controllers, error answers and request limits. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({FslController.class, DefinitionController.class, FlowRunController.class, StepController.class,
        WatchController.class, ErrorAdvice.class})
final class WebApiConfiguration {

    @Bean
    OpenStreams echoerOpenStreams() {
        return new OpenStreams();
    }

    @Bean
    FslBodies echoerFslBodies(ObjectMapper json, LimitsProperties limits) {
        return new FslBodies(json, limits.fslCharacters());
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> echoerRequestBodyLimit(ObjectMapper json, LimitsProperties limits) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits.requestBody(), json));
        registration.setOrder(ApiFilterOrder.REQUEST_BODY_LIMIT);
        return registration;
    }

    @Bean
    FilterRegistrationBean<NulCharacterFilter> echoerNulCharacters(ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new NulCharacterFilter(json));
        registration.setOrder(ApiFilterOrder.NUL_CHARACTERS);
        return registration;
    }
}
