package org.echoer.plugin.autoconfigure;

import org.camunda.bpm.engine.ProcessEngine;
import org.echoer.plugin.dispatch.DispatchSettings;
import org.echoer.plugin.engine.EchoerEnginePlugin;
import org.echoer.plugin.engine.parse.DrawnProcesses;
import org.echoer.plugin.engine.parse.StepDefinitions;
import org.echoer.plugin.step.ClaimedSteps;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine plugin, which the Camunda starter adds to the engine it builds, and what it shares with the
 * rest of the bridge: the steps it locked on creation, the processes drawn by hand, the step definitions; and
 * the PostgreSQL driver setting that makes the engine's flushes cheaper.
 */
@Configuration(proxyBeanMethods = false)
final class EnginePluginConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EchoerEnginePlugin echoerEnginePlugin(DispatchSettings echoerDispatchSettings, ClaimedSteps echoerClaimedSteps,
            DrawnProcesses echoerDrawnProcesses, DispatchProperties dispatch) {
        return new EchoerEnginePlugin(echoerDispatchSettings.workerId(), echoerDispatchSettings.lease(), echoerClaimedSteps,
                echoerDrawnProcesses, dispatch.lockOnCreate());
    }

    /** Static: a post-processor must exist before the data source it changes. */
    @Bean
    @ConditionalOnClass(name = "com.zaxxer.hikari.HikariDataSource")
    static PostgresBatchInserts echoerPostgresBatchInserts() {
        return new PostgresBatchInserts();
    }

    @Bean
    ClaimedSteps echoerClaimedSteps() {
        return new ClaimedSteps();
    }

    @Bean
    DrawnProcesses echoerDrawnProcesses() {
        return new DrawnProcesses();
    }

    @Bean
    StepDefinitions echoerStepDefinitions(ProcessEngine engine) {
        return new StepDefinitions(engine.getRepositoryService());
    }
}
