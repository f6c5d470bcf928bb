package org.echoer.plugin.autoconfigure;

import java.util.UUID;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;

/**
 * Contexts with the auto-configurations a real application has around echoer's: a DataSource on an H2
 * database in memory of its own, Jackson, and the engine the Camunda starter builds on it.
 */
final class EngineContexts {

    private static final AutoConfigurations AROUND_ECHOER = AutoConfigurations.of(DataSourceAutoConfiguration.class,
            DataSourceTransactionManagerAutoConfiguration.class, JacksonAutoConfiguration.class,
            CamundaBpmAutoConfiguration.class, EchoerAutoConfiguration.class, EchoerOpenApiAutoConfiguration.class);

    private EngineContexts() {
    }

    /** The runner with its own database and engine name; the dispatcher's sweep is left for later. */
    static <R extends AbstractApplicationContextRunner<R, ?, ?>> R withEngine(R runner) {
        String name = "autoconfig_" + UUID.randomUUID().toString().replace("-", "");
        return runner.withConfiguration(AROUND_ECHOER).withPropertyValues(
                "spring.datasource.url=jdbc:h2:mem:" + name,
                "camunda.bpm.process-engine-name=" + name,
                "camunda.bpm.job-execution.enabled=false",
                "echoer.dispatch.sweep-interval=1h");
    }
}
