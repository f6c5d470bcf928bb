package org.echoer.fsl.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.parse.FslParser;
import org.echoer.fsl.parse.ParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** "Did you mean": a misspelt action, step, state or argument is answered with the name that was probably meant. */
class SuggestionsTest {

    /** Lines 1-7: actions the flows below use. */
    private static final String ACTIONS = """
            action ci
                addr = "http://localhost:18080/ci"; method = http;
                args = (str project, int retry_count);
                return = (SUCCESS | FAIL);
            action_end
            action approval addr = "http://localhost:18080/approval"; method = http; return = (AGREE | REJECT); action_end
            /
            """;

    private final FslParser parser = new FslParser();
    private final FslChecker checker = new FslChecker();

    record Case(String what, String flow, String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("unknown action", """
                        flow_run r
                            step A => (SUCCESS->done) { action = cii; };
                        flow_run_end
                        """, "9:42: error: unknown action 'cii' in step 'A' in flow_run 'r'; did you mean 'ci'?"),
                new Case("unknown action, another case", """
                        flow_run r
                            step A => (AGREE->done) { action = Aproval; };
                        flow_run_end
                        """, "9:40: error: unknown action 'Aproval' in step 'A' in flow_run 'r'; did you mean 'approval'?"),
                new Case("unknown action, nothing close", """
                        flow_run r
                            step A => (SUCCESS->done) { action = deploy; };
                        flow_run_end
                        """, "9:42: error: unknown action 'deploy' in step 'A' in flow_run 'r'"),
                new Case("unknown target step", """
                        flow f
                            step build => (SUCCESS->deplyo | FAIL->build) { action = ci; };
                            step deploy => (SUCCESS->done | FAIL->build) { action = ci; };
                        flow_end
                        """, "9:29: error: step 'build': target 'deplyo' is neither a step of flow 'f' nor done; did you mean 'deploy'?"),
                new Case("misspelt done", """
                        flow f
                            step A => (SUCCESS->dnoe | FAIL->A) { action = ci; };
                        flow_end
                        """, "9:25: error: step 'A': target 'dnoe' is neither a step of flow 'f' nor done; did you mean 'done'?"),
                new Case("one letter targets: no guess", """
                        flow f
                            step A => (SUCCESS->B | FAIL->A) { action = ci; };
                        flow_end
                        """, "9:25: error: step 'A': target 'B' is neither a step of flow 'f' nor done"),
                new Case("undeclared state", """
                        flow f
                            step A => (SUCESS->done | FAIL->A) { action = ci; };
                        flow_end
                        """, "9:16: error: step 'A': state 'SUCESS' is not declared by action 'ci' (it returns SUCCESS, FAIL); "
                        + "did you mean 'SUCCESS'?"),
                new Case("undeclared state, nothing close", """
                        flow f
                            step A => (DONE->done | FAIL->A) { action = ci; };
                        flow_end
                        """, "9:16: error: step 'A': state 'DONE' is not declared by action 'ci' (it returns SUCCESS, FAIL)"),
                new Case("unknown argument", """
                        flow f
                            step A => (SUCCESS->done | FAIL->A) { action = ci; args = (projet = "p"); };
                        flow_end
                        """, "9:64: error: step 'A': unknown argument 'projet'; action 'ci' takes str project, int retry_count; "
                        + "did you mean 'project'?"),
                new Case("unknown argument, nothing close", """
                        flow f
                            step A => (SUCCESS->done | FAIL->A) { action = ci; args = (branch = "main"); };
                        flow_end
                        """, "9:64: error: step 'A': unknown argument 'branch'; action 'ci' takes str project, int retry_count"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesTheCloseNameThatWasMeant(Case c) {
        ParseResult parsed = parser.parse(ACTIONS + c.flow());
        assertThat(parsed.diagnostics()).as("parse").isEmpty();

        assertThat(checker.check(parsed.document(), ActionLookup.none()).stream().filter(Diagnostic::isError)
                .map(Diagnostic::format).toList()).containsExactly(c.message());
    }

    @org.junit.jupiter.api.Test
    void suggestsActionsTheServerAlreadyKnows() {
        ActionDecl deploy = parser.parse("action deploy_1 addr = \"http://h/d\"; return = (SUCCESS); action_end").document()
                .actions().get(0);
        ActionLookup known = new ActionLookup() {
            @Override
            public Optional<ActionDecl> find(String name) {
                return name.equals("deploy_1") ? Optional.of(deploy) : Optional.empty();
            }

            @Override
            public List<String> names() {
                return List.of("deploy_1");
            }
        };
        ParseResult parsed = parser.parse("flow f\n    step A => (SUCCESS->done) { action = deploy1; };\nflow_end\n");

        assertThat(checker.check(parsed.document(), known).stream().map(Diagnostic::format).toList())
                .containsExactly("2:42: error: unknown action 'deploy1' in step 'A' in flow 'f'; did you mean 'deploy_1'?");
    }
}
