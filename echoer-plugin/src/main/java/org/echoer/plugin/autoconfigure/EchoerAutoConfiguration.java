package org.echoer.plugin.autoconfigure;

import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * Wires the bridge onto the Camunda engine the Camunda starter builds: the engine plugin, FSL submission,
 * flow runs, the dispatcher, callbacks, metrics and health and, in a web application, echoer's REST API.
 * Each concern is a configuration of its own; a bean an application may replace steps aside for the
 * application's.
 */
@AutoConfiguration(before = CamundaBpmAutoConfiguration.class)
@EnableConfigurationProperties({DispatchProperties.class, CallbackProperties.class, BpmnProperties.class,
        LimitsProperties.class, SecurityProperties.class})
@Import({EnginePluginConfiguration.class, ObservabilityConfiguration.class, ActionAddressConfiguration.class,
        DefinitionConfiguration.class, RunConfiguration.class, DispatchConfiguration.class, CallbackConfiguration.class,
        WebApiConfiguration.class, ApiSecurityConfiguration.class})
public final class EchoerAutoConfiguration {
}
