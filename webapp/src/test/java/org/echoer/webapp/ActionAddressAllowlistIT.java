package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.echoer.webapp.support.ErrorJson.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.echoer.plugin.dispatch.ActionHostResolver;
import org.echoer.webapp.support.EndpointTestBase;
import org.echoer.webapp.support.Fixture;
import org.echoer.webapp.support.TestFsl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Allowed action hosts with CIDR ranges, over real HTTP: what they list passes the guard (loopback is
 * refused here but for the listed range), names not listed are judged by the addresses they resolve to,
 * and everything else is refused.
 */
@Import(ActionAddressAllowlistIT.OutsideName.class) // the application names its classes: nested ones are not found by themselves
@TestPropertySource(properties = {
        "echoer.security.allowed-action-hosts=169.254.169.254, 127.0.0.0/8, [::1], 10.20.0.0/16",
        "echoer.security.action-address-guard.refuse-loopback=true",
        // an engine name and a database of their own: Camunda's REST API finds engines by name, JVM-wide, and
        // in the PostgreSQL pass every other test shares one database, whose steps this node would otherwise sweep
        "camunda.bpm.process-engine-name=address-allowlist",
        "spring.datasource.url=jdbc:h2:mem:address-allowlist-${random.uuid};DB_CLOSE_DELAY=-1", "spring.datasource.username=sa"})
class ActionAddressAllowlistIT extends EndpointTestBase {

    @TestConfiguration
    static class OutsideName {

        /** A name of our own outside the listed ranges; every other name as the JVM resolves it. */
        @Bean
        ActionHostResolver testResolver() {
            ActionHostResolver system = ActionHostResolver.system();
            return host -> host.equals("outside.test") ? List.of(InetAddress.getByName("192.168.7.7")) : system.resolve(host);
        }
    }

    private static String action(String name, String addr) {
        return """
                action %s
                    addr = "%s";
                    method = http;
                    return = (OK);
                action_end
                """.formatted(name, addr);
    }

    @Test
    void aListedAddressPassesTheGuardAtSubmission() {
        String name = Fixture.unique("listed");

        assertThat(api.postText("/action", action(name, "http://169.254.169.254/latest")).status()).isEqualTo(200);
        assertThat(api.postText("/action", action(Fixture.unique("v6"), "http://[::1]:1/x")).status()).isEqualTo(200);
    }

    @Test
    void aListedRangeOverridesTheGuardAtDispatch() {
        String addr = "http://127.0.0.1:" + server.port() + "/in-range";

        assertThat(api.postText("/fsl", TestFsl.oneStepRun("in_range", addr, "in_range_run")).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> server.received().stream().anyMatch(r -> r.path().equals("/in-range")));
    }

    @Test
    void aNameNotListedIsSentToWhenItResolvesIntoAListedRange() {
        String addr = "http://localhost:" + server.port() + "/by-name";

        assertThat(api.postText("/fsl", TestFsl.oneStepRun("by_name", addr, "by_name_run")).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> server.received().stream().anyMatch(r -> r.path().equals("/by-name")));
    }

    @Test
    void aNameNotListedThatResolvesOutsideTheRangesIsRefusedAtDispatch() {
        String addr = "http://outside.test/x";
        assertThat(api.postText("/fsl", TestFsl.oneStepRun("outside", addr, "outside_run")).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/flowrun/outside_run").json().path("state").asText(), "failed"::equals);

        assertThat(api.get("/flowrun/outside_run").json().path("incident").asText()).contains("action 'outside'",
                "address 'http://outside.test/x' is on host 'outside.test', which resolves to 192.168.7.7: an address not among the "
                        + "allowed action hosts [10.20.0.0/16, 127.0.0.0/8, 169.254.169.254, [::1]]");
    }

    @Test
    void anAddressOutsideTheListIsRefusedAtSubmissionAtTheAddress() {
        String name = Fixture.unique("outside");

        JsonNode error = error(api.postText("/action", action(name, "http://10.21.0.1/x")), 400);

        assertThat(error.path("message").asText()).isEqualTo("action '" + name + "': address 'http://10.21.0.1/x' is on host "
                + "'10.21.0.1', which is not among the allowed action hosts [10.20.0.0/16, 127.0.0.0/8, 169.254.169.254, [::1]]");
        assertThat(error.path("line").asInt()).isEqualTo(2);
        assertThat(error.path("column").asInt()).isEqualTo(12);
        assertThat(error.path("diagnostics")).anySatisfy(d -> assertThat(d.path("code").asText()).isEqualTo("HOST_NOT_ALLOWED"));
    }
}
