package org.echoer.fsl.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.echoer.fsl.parse.FslParser;
import org.echoer.fsl.parse.ParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where runs can go: a flow no run of which can reach done is refused (its process would have no end
 * event); a step no run reaches, and a step from which no run can finish, are warned about. Every
 * diagnostic of each document, exactly.
 */
class ReachabilityRuleTest {

    /** Lines 1-7: an action every flow below may use. */
    private static final String CI = """
            action ci
                addr = "http://localhost:18080/ci";
                method = http;
                return = (SUCCESS | FAIL);
            action_end
            action poll addr = "http://localhost:18080/poll"; method = http; return = (WAIT); action_end
            /
            """;

    private final FslParser parser = new FslParser();
    private final FslChecker checker = new FslChecker();

    record Case(String what, String flow, List<String> diagnostics) {
        Case(String what, String flow, String... diagnostics) {
            this(what, flow, List.of(diagnostics));
        }

        @Override
        public String toString() {
            return what;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("every step reached, every step reaches done", """
                        flow_run r
                            step A => (SUCCESS->B | FAIL->A) { action = ci; };
                            step B => () { action = ci; };
                        flow_run_end
                        """),
                new Case("a step no path reaches", """
                        flow f
                            step A => (SUCCESS->done | FAIL->A) { action = ci; };
                            step B => (SUCCESS->done | FAIL->A) { action = ci; };
                        flow_end
                        """, unreachable("10:10", "B")),
                new Case("a step that only loops into itself, while the others reach done", """
                        flow f
                            step A => (SUCCESS->C | FAIL->done) { action = ci; };
                            step C => (FAIL->C) { action = ci; };
                        flow_end
                        """, "10:10: warning: no path leads from step 'C' to done; a run that gets here never finishes"),
                new Case("a flow run no step of which reaches done", """
                        flow_run r
                            step A => (SUCCESS->C | FAIL->A) { action = ci; };
                            step C => (FAIL->C) { action = ci; };
                        flow_run_end
                        """, "8:10: error: flow_run 'r' never reaches done: no path from its first step 'A' leads to done; "
                        + "a run could only be stopped"),
                new Case("a flow of one step that only loops", """
                        flow "wait forever"
                            step A => (WAIT->A) { action = poll; };
                        flow_end
                        """, "8:6: error: flow 'wait forever' never reaches done: no path from its first step 'A' leads to done; "
                        + "a run could only be stopped"),
                new Case("done reached only by a step no path reaches", """
                        flow f
                            step A => (WAIT->A) { action = poll; };
                            step B => (SUCCESS->done | FAIL->A) { action = ci; };
                        flow_end
                        """, "8:6: error: flow 'f' never reaches done: no path from its first step 'A' leads to done; "
                        + "a run could only be stopped",
                        unreachable("10:10", "B")),
                new Case("a target that is no step may have meant done: no second error", """
                        flow f
                            step A => (SUCCESS->dnoe | FAIL->A) { action = ci; };
                        flow_end
                        """, "9:25: error: step 'A': target 'dnoe' is neither a step of flow 'f' nor done; did you mean 'done'?"),
                new Case("a state without a target may have meant done: no second error", """
                        flow f
                            step A => (SUCCESS | FAIL->A) { action = ci; };
                        flow_end
                        """, "9:16: error: step 'A': state 'SUCCESS' has no target; write SUCCESS->STEP or SUCCESS->done"),
                new Case("ending whatever the state counts as reaching done", """
                        flow f
                            step A => (SUCCESS->B | FAIL->A) { action = ci; };
                            step B => () { action = poll; };
                            step C => () { action = poll; };
                        flow_end
                        """, unreachable("11:10", "C")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsWhereRunsCannotGo(Case c) {
        ParseResult parsed = parser.parse(CI + c.flow());
        assertThat(parsed.diagnostics()).as("parse").isEmpty();

        assertThat(checker.check(parsed.document(), ActionLookup.none()).stream().map(Diagnostic::format).toList())
                .containsExactlyElementsOf(c.diagnostics());
    }

    /** The warning about a step no path from the first step, A, reaches. */
    private static String unreachable(String at, String step) {
        return at + ": warning: step '" + step + "' is never reached from the first step 'A'; the process and its diagram leave it out";
    }
}
