package org.echoer.bench.baseline.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.echoer.bench.baseline.BaselineProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The official-client mode ({@code baseline.mode=client}, the default); {@link StepCallbackController} belongs to it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "baseline.mode", havingValue = "client", matchIfMissing = true)
public class ClientConfiguration {

    @Bean
    ClientSubscriptions clientSubscriptions(BaselineProperties properties, ObjectMapper json) {
        return new ClientSubscriptions(properties,
                new ActionCaller(properties.actionConnectTimeout(), properties.actionReadTimeout(), json));
    }
}
