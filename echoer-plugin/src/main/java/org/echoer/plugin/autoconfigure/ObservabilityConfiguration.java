package org.echoer.plugin.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.camunda.bpm.engine.ProcessEngine;
import org.echoer.plugin.dispatch.Dispatcher;
import org.echoer.plugin.dispatch.DispatcherHealthIndicator;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.observe.EchoerMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What watchers and operators see: live events ({@code /watch}), metrics and, with Actuator, health. */
@Configuration(proxyBeanMethods = false)
final class ObservabilityConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventBus echoerEventBus() {
        return new EventBus();
    }

    /** Meters in the application's registry when it has one (Actuator), else in one of their own. */
    @Bean
    EchoerMetrics echoerMetrics(ObjectProvider<MeterRegistry> registry, ProcessEngine engine) {
        return new EchoerMetrics(registry.getIfAvailable(SimpleMeterRegistry::new), engine.getExternalTaskService(),
                engine.getRuntimeService());
    }

    /** The dispatcher in {@code /actuator/health}, when the application has Actuator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static final class Health {

        @Bean
        DispatcherHealthIndicator echoerDispatcherHealthIndicator(Dispatcher echoerDispatcher) {
            return new DispatcherHealthIndicator(echoerDispatcher);
        }
    }
}
