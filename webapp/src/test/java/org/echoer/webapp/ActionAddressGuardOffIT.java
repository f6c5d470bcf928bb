package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.echoer.webapp.support.EndpointTestBase;
import org.echoer.webapp.support.Fixture;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With the action address guard turned off and no allowed hosts, any address is accepted, as before the guard. */
@TestPropertySource(properties = {
        "echoer.security.action-address-guard.enabled=false",
        // an engine name and a database of their own: Camunda's REST API finds engines by name, JVM-wide, and
        // in the PostgreSQL pass every other test shares one database, whose steps this node would otherwise sweep
        "camunda.bpm.process-engine-name=address-guard-off",
        "spring.datasource.url=jdbc:h2:mem:address-guard-off-${random.uuid};DB_CLOSE_DELAY=-1", "spring.datasource.username=sa"})
class ActionAddressGuardOffIT extends EndpointTestBase {

    @Test
    void acceptsAddressesTheGuardWouldRefuse() {
        for (String addr : new String[] {"http://169.254.169.254/latest", "http://metadata.google.internal/x", "http://[ff02::1]/x"}) {
            String fsl = """
                    action %s
                        addr = "%s";
                        method = http;
                        return = (OK);
                    action_end
                    """.formatted(Fixture.unique("unguarded"), addr);

            assertThat(api.postText("/fsl/check", fsl).json().path("valid").asBoolean()).as(addr).isTrue();
            assertThat(api.postText("/action", fsl).status()).as(addr).isEqualTo(200);
        }
    }
}
