package org.echoer.fsl.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.parse.FslParser;
import org.echoer.fsl.parse.ParseResult;
import org.junit.jupiter.api.Test;

/**
 * One test per check of docs/fsl.md ("Checks"), each asserting the exact position and message; the checks
 * of where runs can go have a table of their own ({@link ReachabilityRuleTest}).
 */
class FslCheckerTest {

    /** Lines 1-7: an action every flow below may use. */
    private static final String CI = """
            action ci
                addr = "http://localhost:18080/ci";
                method = http;
                args = (str project, int retry_count);
                return = (SUCCESS | FAIL);
            action_end
            /
            """;

    private final FslParser parser = new FslParser();
    private final FslChecker checker = new FslChecker();

    private List<String> check(String fsl) {
        return check(fsl, ActionLookup.none());
    }

    private List<String> check(String fsl, ActionLookup known) {
        ParseResult parsed = parser.parse(fsl);
        assertThat(parsed.diagnostics()).as("parse").isEmpty();
        return checker.check(parsed.document(), known).stream().map(Diagnostic::format).toList();
    }

    @Test
    void acceptsAValidFlowRunWithoutDiagnostics() {
        assertThat(check(CI + """
                flow_run r
                    step A => (SUCCESS->done | FAIL->A) { action = ci; args = (project = "p", retry_count = 3); };
                flow_run_end
                """)).isEmpty();
    }

    @Test
    void unknownAction() {
        assertThat(check(CI + """
                flow_run r
                    step A => (SUCCESS->done) { action = "deploy"; };
                flow_run_end
                """)).containsExactly("9:42: error: unknown action 'deploy' in step 'A' in flow_run 'r'");
    }

    @Test
    void actionsAlreadyKnownToTheServerResolve() {
        ActionDecl ci = parser.parse(CI).document().actions().get(0);
        ActionLookup known = name -> name.equals("ci") ? Optional.of(ci) : Optional.empty();

        assertThat(check("""
                flow f
                    step A => (SUCCESS->done | FAIL->A) { action = ci; };
                flow_end
                """, known)).isEmpty();
    }

    @Test
    void unknownArgumentName() {
        assertThat(check(CI + """
                flow_run r
                    step A => (SUCCESS->done) { action = ci; args = (project = "p", retry_count = 1, branch = "main"); };
                flow_run_end
                """)).containsExactly(
                "9:86: error: step 'A': unknown argument 'branch'; action 'ci' takes str project, int retry_count");
    }

    @Test
    void argumentOfTheWrongType() {
        assertThat(check(CI + """
                flow_run r
                    step A => (SUCCESS->done) { action = ci; args = (project = 7, retry_count = "ten"); };
                flow_run_end
                """)).containsExactly(
                "9:64: error: step 'A': argument 'project' of action 'ci' is str, but the value is a number",
                "9:81: error: step 'A': argument 'retry_count' of action 'ci' is int, but the value is a string");
    }

    @Test
    void transitionStateTheActionDoesNotDeclare() {
        assertThat(check(CI + """
                flow_run r
                    step A => (SUCCESS->done | TIMEOUT->A) { action = ci; args = (project = "p", retry_count = 1); };
                flow_run_end
                """)).containsExactly(
                "9:32: error: step 'A': state 'TIMEOUT' is not declared by action 'ci' (it returns SUCCESS, FAIL)");
    }

    @Test
    void targetThatIsNeitherAStepNorDone() {
        assertThat(check(CI + """
                flow_run r
                    step A => (SUCCESS->B | FAIL->A) { action = ci; args = (project = "p", retry_count = 1); };
                flow_run_end
                """)).contains("9:25: error: step 'A': target 'B' is neither a step of flow_run 'r' nor done");
    }

    @Test
    void stateWithNoTarget() {
        assertThat(check(CI + """
                flow_run r
                    step A => (SUCCESS->done | FAIL) { action = ci; args = (project = "p", retry_count = 1); };
                flow_run_end
                """)).containsExactly(
                "9:32: error: step 'A': state 'FAIL' has no target; write FAIL->STEP or FAIL->done");
    }

    @Test
    void duplicateStepNames() {
        assertThat(check(CI + """
                flow_run r
                    step A => (SUCCESS->done) { action = ci; args = (project = "p", retry_count = 1); };
                    step A => (FAIL->done) { action = ci; args = (project = "p", retry_count = 1); };
                flow_run_end
                """)).containsExactly("10:10: error: duplicate step 'A' in flow_run 'r' (first defined at 9:10)");
    }

    @Test
    void stateListedTwiceInOneStep() {
        assertThat(check(CI + """
                flow_run r
                    step A => (SUCCESS->done | FAIL->A | SUCCESS->A) { action = ci; args = (project = "p", retry_count = 1); };
                flow_run_end
                """)).containsExactly("9:42: error: step 'A': state 'SUCCESS' is listed twice");
    }

    @Test
    void httpsWithoutSecret() {
        assertThat(check("""
                action secure
                    addr = "https://localhost:8443/x";
                    method = https;
                    return = (OK);
                action_end
                """)).containsExactly(
                "3:14: error: action 'secure': method https needs secret = (capem=\"BASE64-OF-PEM\"); with the CA to trust");
    }

    @Test
    void capemThatIsNotBase64OfAPemCertificate() {
        String notPem = java.util.Base64.getEncoder().encodeToString("hello".getBytes());
        assertThat(check("""
                action secure
                    addr = "https://localhost:8443/x";
                    method = https;
                    secret = (capem = "%s");
                    return = (OK);
                action_end
                """.formatted(notPem))).containsExactly(
                "4:23: error: action 'secure': capem is not base64 of a PEM certificate (no -----BEGIN CERTIFICATE----- block)");
        assertThat(check("""
                action secure addr = "https://h/x"; method = https; secret = (capem = "@@"); return = (OK); action_end
                """)).singleElement().asString().startsWith("1:71: error: action 'secure': capem is not base64 of a PEM certificate (not base64");
    }

    @Test
    void capemThatHoldsARealCertificateIsAccepted() {
        assertThat(check("""
                action secure addr = "https://h/x"; method = https; secret = (capem = "%s"); return = (OK); action_end
                """.formatted(TestCertificates.caPemBase64()))).isEmpty();
    }

    @Test
    void addressThatIsNotAnAbsoluteHttpUrl() {
        assertThat(check("""
                action a
                    addr = "http://ok:1/a,localhost:18080/b, ftp://h/c,";
                    method = http;
                    return = (OK);
                action_end
                """)).containsExactly(
                "2:12: error: action 'a': address 'localhost:18080/b' is not an absolute http(s) URL",
                "2:12: error: action 'a': address 'ftp://h/c' is not an absolute http(s) URL",
                "2:12: error: action 'a': an empty address is not an absolute http(s) URL");
    }

    @Test
    void warnsAboutADeclaredArgumentGivenNoValueInAFlowRunOnly() {
        String steps = """
                    step A => (SUCCESS->done | FAIL->A) { action = ci; args = (project = "p"); };
                """;
        assertThat(check(CI + "flow_run r\n" + steps + "flow_run_end\n")).containsExactly(
                "9:10: warning: step 'A': parameter 'retry_count' of action 'ci' is given no value");
        assertThat(check(CI + "flow f\n" + steps + "flow_end\n")).isEmpty();
    }

    @Test
    void emptyTransitionsEndTheFlowWhateverTheState() {
        assertThat(check(CI + """
                flow f
                    step A => () { action = ci; };
                flow_end
                """)).isEmpty();
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        assertThat(check("""
                action a addr = "nope"; method = smtp; args = (float x); return = (OK | OK); action_end
                flow_run r
                    step A => (OK->B | NO->done | OK->done) { action = a; args = (y = 1); };
                    step A => () { action = missing; };
                    step done => () {};
                flow_run_end
                flow_run r flow_run_end
                """)).containsExactly(
                "1:17: error: action 'a': address 'nope' is not an absolute http(s) URL",
                "1:34: error: action 'a': unknown method 'smtp', expected http, https or grpc",
                "1:48: error: action 'a': parameter 'x' has unknown type 'float', expected str or int",
                "1:73: error: action 'a': return state 'OK' is declared twice",
                "3:10: warning: step 'A': parameter 'x' of action 'a' is given no value",
                "3:20: error: step 'A': target 'B' is neither a step of flow_run 'r' nor done",
                "3:24: error: step 'A': state 'NO' is not declared by action 'a' (it returns OK, OK)",
                "3:35: error: step 'A': state 'OK' is listed twice",
                "3:67: error: step 'A': unknown argument 'y'; action 'a' takes float x",
                "4:10: error: duplicate step 'A' in flow_run 'r' (first defined at 3:10)",
                "4:29: error: unknown action 'missing' in step 'A' in flow_run 'r'",
                "5:10: error: step 'done' in flow_run 'r': 'done' is reserved for the end of a flow",
                "5:10: error: step 'done' in flow_run 'r' has no action = NAME;",
                "5:10: warning: step 'done' is never reached from the first step 'A'; the process and its diagram leave it out",
                "7:10: error: flow_run 'r' is defined twice in this document (first at 2:10)",
                "7:10: error: flow_run 'r' has no steps");
    }

    @Test
    void anActionNeedsAnAddressAMethodAndReturnStates() {
        assertThat(check("action bare action_end")).containsExactly(
                "1:8: error: action 'bare' has no addr = \"http://host:port/path\";",
                "1:8: error: action 'bare' has no method = http | https | grpc;",
                "1:8: error: action 'bare' has no return = (STATE | ...); with the states it reports");
    }
}
