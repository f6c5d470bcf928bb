package org.echoer.fsl.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.address.ActionAddressPolicy;
import org.echoer.fsl.address.ActionAddressPolicy.Guard;
import org.echoer.fsl.bpmn.BpmnOptions;
import org.echoer.fsl.layout.BpmnLayout;
import org.junit.jupiter.api.Test;

/** The rules a deployment adds to the language's: a step limit per flow, allowed action hosts and the address guard. */
class DeploymentRulesTest {

    private static final String ACTIONS = """
            action ci
                addr = "http://ci.internal:8080/ci,https://Build.Example.org/ci";
                method = http;
                return = (OK);
            action_end
            /
            action legacy
                addr = "grpc.internal:9000";
                method = grpc;
                return = (OK);
            action_end
            /
            """;

    private static List<String> compile(String fsl, CheckRule rule) {
        CompilationResult result = new FslCompiler(BpmnOptions.defaults(), new BpmnLayout(), List.of(rule)).compile(fsl);
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    private static CheckRule allowing(Set<String> hosts) {
        return new ActionAddressRule(new ActionAddressPolicy(hosts, Guard.OFF));
    }

    @Test
    void reportsTheFirstStepPastTheLimit() {
        String fsl = ACTIONS + """
                flow f
                    step A => (OK->B) { action = ci; };
                    step B => (OK->C) { action = ci; };
                    step C => (OK->done) { action = ci; };
                flow_end
                """;

        assertThat(compile(fsl, new StepLimitRule(2)))
                .containsExactly("16:5: error: flow 'f' has 3 steps; at most 2 are allowed");
        assertThat(compile(fsl, new StepLimitRule(3))).isEmpty();
    }

    @Test
    void refusesAnAddressOnAHostNotAllowedAtTheAddressAndNamesIt() {
        assertThat(compile(ACTIONS, allowing(Set.of("ci.internal", "grpc.internal")))).containsExactly(
                "2:12: error: action 'ci': address 'https://Build.Example.org/ci' is on host 'Build.Example.org', "
                        + "which is not among the allowed action hosts [ci.internal, grpc.internal]");
    }

    @Test
    void comparesHostsWithoutCaseAndReadsHostAndPortAddresses() {
        assertThat(compile(ACTIONS, allowing(Set.of("CI.internal", "build.example.org", "grpc.internal")))).isEmpty();
        assertThat(compile(ACTIONS, allowing(Set.of("ci.internal", "build.example.org"))))
                .singleElement().asString().startsWith("8:12: error: action 'legacy': address 'grpc.internal:9000'");
    }

    @Test
    void readsIpv6Literals() {
        String fsl = """
                action a
                    addr = "http://[::1]:8080/x";
                    method = http;
                    return = (OK);
                action_end
                """;

        assertThat(compile(fsl, allowing(Set.of("::1")))).isEmpty();
        assertThat(compile(fsl, allowing(Set.of("127.0.0.1")))).hasSize(1);
    }

    @Test
    void theGuardRefusesAnAddressAtTheAddressAndNamesTheRule() {
        String fsl = """
                action x
                	addr = "http://169.254.169.254/latest";
                	method = http;
                	return = (A);
                action_end
                """;

        assertThat(compile(fsl, new ActionAddressRule(new ActionAddressPolicy(Set.of(), Guard.ON)))).containsExactly(
                "2:9: error: action 'x': address 'http://169.254.169.254/latest': 169.254.169.254 is link-local (cloud metadata "
                        + "services live there); refused by echoer.security.action-address-guard (list it in "
                        + "echoer.security.allowed-action-hosts to allow it)");
    }
}
