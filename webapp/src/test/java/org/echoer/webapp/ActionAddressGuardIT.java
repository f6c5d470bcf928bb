package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.echoer.webapp.support.ErrorJson.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * The action address guard over real HTTP, with loopback and private ranges refused too: every refused
 * range at submission (400 at the address), and at dispatch a host name that resolves to a refused address
 * (an incident naming the rule, nothing sent). {@code cloud-metadata.test} resolves to the cloud metadata
 * service's address through a resolver of this test's own, so no hosts file is touched.
 */
@Import(ActionAddressGuardIT.MetadataName.class) // the application names its classes: nested ones are not found by themselves
@TestPropertySource(properties = {
        "echoer.security.action-address-guard.refuse-loopback=true",
        "echoer.security.action-address-guard.refuse-private=true",
        // an engine name and a database of their own: Camunda's REST API finds engines by name, JVM-wide, and
        // in the PostgreSQL pass every other test shares one database, whose steps this node would otherwise sweep
        "camunda.bpm.process-engine-name=address-guard",
        "spring.datasource.url=jdbc:h2:mem:address-guard-${random.uuid};DB_CLOSE_DELAY=-1", "spring.datasource.username=sa"})
class ActionAddressGuardIT extends EndpointTestBase {

    @TestConfiguration
    static class MetadataName {

        /** One name of our own pointing at the metadata service's address; every other name as the JVM resolves it. */
        @Bean
        ActionHostResolver testResolver() {
            ActionHostResolver system = ActionHostResolver.system();
            return host -> host.equals("cloud-metadata.test") ? List.of(InetAddress.getByName("169.254.169.254")) : system.resolve(host);
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
    void refusesEveryGuardedRangeAtSubmissionAtTheAddressNamingTheRuleAndDeploysNothing() {
        Map<String, String> refused = Map.ofEntries(
                Map.entry("http://169.254.169.254/latest", "169.254.169.254 is link-local (cloud metadata services live there)"),
                Map.entry("http://[fe80::1]:8080/x", "fe80:0:0:0:0:0:0:1 is link-local"),
                Map.entry("http://0.0.0.0:8080/x", "0.0.0.0 is unspecified"),
                Map.entry("http://[::]:8080/x", "0:0:0:0:0:0:0:0 is unspecified"),
                Map.entry("http://224.0.0.251:5353/x", "224.0.0.251 is multicast"),
                Map.entry("http://[ff02::1]/x", "ff02:0:0:0:0:0:0:1 is multicast"),
                Map.entry("http://metadata.google.internal/computeMetadata/v1/", "'metadata.google.internal' is the name of a cloud "
                        + "metadata service"),
                Map.entry("http://127.0.0.1:18080/ci", "127.0.0.1 is loopback (this machine); refused by "
                        + "echoer.security.action-address-guard.refuse-loopback"),
                Map.entry("http://[::1]:18080/ci", "0:0:0:0:0:0:0:1 is loopback"),
                Map.entry("http://10.0.0.8/x", "10.0.0.8 is in a private range; refused by echoer.security.action-address-guard.refuse-private"),
                Map.entry("http://172.16.5.4/x", "172.16.5.4 is in a private range"),
                Map.entry("http://192.168.1.1/x", "192.168.1.1 is in a private range"),
                Map.entry("http://[fd00::1]/x", "fd00:0:0:0:0:0:0:1 is in a private range"));

        refused.forEach((addr, why) -> {
            String name = Fixture.unique("refused");

            JsonNode error = error(api.postText("/action", action(name, addr)), 400);

            assertThat(error.path("error").asText()).as(addr).isEqualTo("invalid FSL");
            assertThat(error.path("message").asText()).as(addr).startsWith("action '" + name + "': address '" + addr + "': " + why)
                    .contains("echoer.security.action-address-guard").endsWith("(list it in echoer.security.allowed-action-hosts to allow it)");
            assertThat(error.path("line").asInt()).as(addr).isEqualTo(2);
            assertThat(error.path("column").asInt()).as(addr).isEqualTo(12);
            assertThat(error.path("diagnostics")).as(addr)
                    .anySatisfy(d -> assertThat(d.path("code").asText()).isEqualTo("ADDRESS_REFUSED"));
            assertThat(api.get("/action?name=" + name).json()).as(addr).isEmpty();
        });
    }

    @Test
    void checkReportsARefusedAddressToo() {
        JsonNode answer = api.postText("/fsl/check", action("far", "http://169.254.169.254/latest")).json();

        assertThat(answer.path("valid").asBoolean()).isFalse();
        assertThat(answer.path("diagnostics")).singleElement()
                .satisfies(d -> assertThat(d.path("code").asText()).isEqualTo("ADDRESS_REFUSED"));
    }

    @Test
    void aNameThatResolvesToTheMetadataServiceIsRefusedAtDispatchAsAnIncidentNamingTheRule() {
        String addr = "http://cloud-metadata.test/latest/meta-data/";
        assertThat(api.postText("/fsl", TestFsl.oneStepRun("metadata_by_name", addr, "metadata_run")).status()).isEqualTo(200);

        JsonNode run = awaitFailed("metadata_run");

        assertThat(run.path("incident").asText()).contains("action 'metadata_by_name'", addr,
                "'cloud-metadata.test' resolves to 169.254.169.254, which is link-local (cloud metadata services live there); "
                        + "refused by echoer.security.action-address-guard");
        // refused stays refused: an incident at once, without the retries a failing service gets
        String uuid = run.path("activations").get(0).path("uuid").asText();
        assertThat(api.get("/engine-rest/external-task/" + uuid).json().path("retries").asInt()).isZero();
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefusedAtDispatchAndNothingIsSent() {
        String addr = "http://localhost:" + server.port() + "/guarded";
        assertThat(api.postText("/fsl", TestFsl.oneStepRun("loopback_by_name", addr, "loopback_run")).status()).isEqualTo(200);

        JsonNode run = awaitFailed("loopback_run");

        assertThat(run.path("incident").asText()).contains("action 'loopback_by_name'", "'localhost' resolves to 127.0.0.1, which is "
                + "loopback (this machine); refused by echoer.security.action-address-guard.refuse-loopback");
        assertThat(server.received()).noneMatch(request -> request.path().equals("/guarded"));
    }

    private JsonNode awaitFailed(String run) {
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/flowrun/" + run).json().path("state").asText(), "failed"::equals);
        return api.get("/flowrun/" + run).json();
    }
}
