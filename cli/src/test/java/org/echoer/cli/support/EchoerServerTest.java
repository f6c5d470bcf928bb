package org.echoer.cli.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Boots the real application on a random port with an in-memory H2 database of its own, for tests that
 * drive the terminal against it over HTTP on loopback.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = EchoerTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:echoer-cli-${random.uuid};DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.jackson.default-property-inclusion=non_null",
        "camunda.bpm.database.schema-update=true",
        "camunda.bpm.history-level=full",
        "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "echoer.dispatch.retry-backoff=100ms,200ms",
        "echoer.dispatch.sweep-interval=500ms",
        "echoer.dispatch.read-timeout=2s",
        "echoer.dispatch.connect-timeout=1s"})
public @interface EchoerServerTest {
}
