package org.echoer.bench.baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * What a Camunda user would write by hand to run echoer-style actions: the engine with its REST API, the
 * official external-task client calling each action, and a {@code POST /step} that completes the task.
 */
@SpringBootApplication
@EnableConfigurationProperties(BaselineProperties.class)
public class BaselineApplication {

    public static void main(String[] args) {
        SpringApplication.run(BaselineApplication.class, args);
    }
}
