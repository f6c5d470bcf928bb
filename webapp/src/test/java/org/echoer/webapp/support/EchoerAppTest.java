package org.echoer.webapp.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.echoer.webapp.EchoerApplication;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Boots the real application on a random port with an in-memory H2 database of its own (or the suite's
 * PostgreSQL database, see {@link TestDatabase}), fast retry backoff and a short sweep, for integration
 * tests that talk to it over HTTP.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DatabaseAvailable.class)
@SpringBootTest(classes = EchoerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${echoer.it.datasource.url:jdbc:h2:mem:echoer-it-${random.uuid};DB_CLOSE_DELAY=-1}",
        "spring.datasource.username=${echoer.it.datasource.username:sa}",
        // the suite's database is dropped when the tests end, before cached applications shut down
        "spring.datasource.hikari.connection-timeout=3000",
        "echoer.dispatch.retry-backoff=100ms,200ms",
        "echoer.dispatch.sweep-interval=500ms",
        "echoer.dispatch.read-timeout=2s",
        "echoer.dispatch.connect-timeout=1s",
        "camunda.bpm.admin-user.password=it-only"})
public @interface EchoerAppTest {
}
