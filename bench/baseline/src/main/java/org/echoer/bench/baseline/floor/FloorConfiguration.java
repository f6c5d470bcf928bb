package org.echoer.bench.baseline.floor;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.echoer.bench.baseline.BaselineProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The floor mode ({@code baseline.mode=floor}); {@link FloorController} belongs to it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "baseline.mode", havingValue = "floor")
public class FloorConfiguration {

    @Bean
    FloorRunner floorRunner(RepositoryService repository, RuntimeService runtime, ExternalTaskService tasks,
            BaselineProperties properties) {
        return new FloorRunner(repository, runtime, tasks, new FloorLoop.Settings(properties.workerId(),
                properties.floorThreads(), properties.maxTasks(), properties.lockDuration(), properties.floorIdleWait()));
    }
}
