package org.echoer.fsl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.FlowKind;
import org.echoer.fsl.ast.Method;
import org.echoer.fsl.ast.SourcePosition;
import org.echoer.fsl.ast.StepKind;
import org.echoer.fsl.ast.Value;
import org.echoer.fsl.check.Diagnostic;
import org.echoer.fsl.check.DiagnosticCode;
import org.junit.jupiter.api.Test;

class FslParserTest {

    private final FslParser parser = new FslParser();

    @Test
    void readsAnActionWithEveryAttribute() {
        ParseResult result = parser.parse("""
                action ci
                    addr = "http://a:1/ci, http://b:2/ci";
                    method = https;
                    secret = (capem="QUJD");
                    args = (str project, int retry_count);
                    return = (SUCCESS | FAIL);
                action_end
                """);

        assertThat(result.diagnostics()).isEmpty();
        ActionDecl action = result.document().actions().get(0);
        assertThat(action.name().value()).isEqualTo("ci");
        assertThat(action.name().position()).isEqualTo(new SourcePosition(1, 8));
        assertThat(action.addresses()).containsExactly("http://a:1/ci", "http://b:2/ci");
        assertThat(action.knownMethod()).contains(Method.HTTPS);
        assertThat(action.capem().orElseThrow().value()).isEqualTo("QUJD");
        assertThat(action.paramList()).extracting(p -> p.type().value() + " " + p.name().value())
                .containsExactly("str project", "int retry_count");
        assertThat(action.states()).extracting(n -> n.value()).containsExactly("SUCCESS", "FAIL");
        assertThat(action.source()).startsWith("action ci").endsWith("action_end");
    }

    @Test
    void keywordsAreCaseInsensitiveAndNamesKeepTheirCase() {
        ParseResult result = parser.parse("""
                ACTION Ci ADDR = "http://h/x"; Method = HTTP; RETURN = (Ok); Action_End
                FLOW_RUN Run STEP First => (Ok->DONE) { ACTION = Ci; }; Flow_Run_End
                """);

        assertThat(result.diagnostics()).isEmpty();
        FlowDecl run = result.document().flows().get(0);
        assertThat(run.kind()).isEqualTo(FlowKind.FLOW_RUN);
        assertThat(run.name().value()).isEqualTo("Run");
        assertThat(run.steps().get(0).transitions().get(0).endsFlow()).isTrue();
    }

    @Test
    void readsQuotedNamesStringsOfBothKindsCommentsSeparatorsDecisionsAndEmptyTransitions() {
        ParseResult result = parser.parse("""
                # a comment
                // another one
                /
                flow "order flow"   // trailing comment with "quotes" and a / slash
                    deci "pick one" => () {
                        action = "my action";
                        args = (text = `multi
                line`, quoted = "say \\"hi\\"", n = -42, url = "http://x/#not-a-comment");
                    }
                flow_end
                /
                /
                """);

        assertThat(result.diagnostics()).isEmpty();
        FlowDecl flow = result.document().flows().get(0);
        assertThat(flow.kind()).isEqualTo(FlowKind.FLOW);
        assertThat(flow.name().value()).isEqualTo("order flow");
        var step = flow.steps().get(0);
        assertThat(step.kind()).isEqualTo(StepKind.DECI);
        assertThat(step.name().value()).isEqualTo("pick one");
        assertThat(step.endsWhateverState()).isTrue();
        assertThat(step.action().orElseThrow().value()).isEqualTo("my action");
        assertThat(step.arguments()).extracting(a -> a.value().plain())
                .containsExactly("multi\nline", "say \"hi\"", -42L, "http://x/#not-a-comment");
        assertThat(step.arguments().get(2).value()).isInstanceOf(Value.Int.class);
    }

    @Test
    void readsSeveralStatementsInOrder() {
        ParseResult result = parser.parse("""
                action a addr = "http://h/a"; method = http; return = (X); action_end
                /
                flow f step s => (X->done) { action = a; }; flow_end
                /
                flow_run r step s => (X->done) { action = a; }; flow_run_end
                """);

        assertThat(result.document().statements()).extracting(s -> s.name().value()).containsExactly("a", "f", "r");
    }

    @Test
    void softKeywordsStayUsableAsNames() {
        ParseResult result = parser.parse("""
                action args addr = "http://h/a"; method = http; args = (str addr, int return); return = (step); action_end
                """);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.document().actions().get(0).paramList()).extracting(p -> p.name().value())
                .containsExactly("addr", "return");
    }

    record SyntaxCase(String fsl, int line, int column, String message) {
    }

    static List<SyntaxCase> syntaxErrors() {
        return List.of(
                new SyntaxCase("""
                        action ci
                            addr = "http://h/ci"
                            method = http;
                        action_end
                        """, 2, 25, "expected ';' after '\"http://h/ci\"'"),
                new SyntaxCase("""
                        action ci
                            adr = "http://h/ci";
                        action_end
                        """, 2, 5, "unexpected 'adr', expected one of 'action_end', 'addr', 'method', 'secret', 'args' or 'return'; did you mean 'addr'?"),
                new SyntaxCase("""
                        flow_run r
                            step A => (OK->done) { action = a; };
                        """, 3, 1, "unexpected end of input, expected one of 'flow_run_end', 'step' or 'deci'"),
                new SyntaxCase("""
                        action ci addr = "http://h/ci; action_end
                        """, 1, 18, "unterminated string: the closing '\"' is missing on this line"),
                new SyntaxCase("""
                        flow f
                            step A => (OK $ done) { action = a; };
                        flow_end
                        """, 2, 19, "unexpected character '$'"),
                new SyntaxCase("""
                        flow f
                            step A => (OK->done) { action = a; args = (n = 1.5); };
                        flow_end
                        """, 2, 53, "unexpected character '.'"),
                new SyntaxCase("""
                        flow f
                            step A (OK->done) { action = a; };
                        flow_end
                        """, 2, 12, "unexpected '(', expected '=>'"),
                new SyntaxCase("step A => () {};", 1, 1, "unexpected 'step', expected one of end of input, 'flow_run', 'action', 'flow' or '/'"),
                // a misspelt keyword is named with the keyword that was meant
                new SyntaxCase("actoin ci\n", 1, 1,
                        "unexpected 'actoin', expected one of end of input, 'flow_run', 'action', 'flow' or '/'; did you mean 'action'?"),
                new SyntaxCase("FLWO_RUN r\n", 1, 1,
                        "unexpected 'FLWO_RUN', expected one of end of input, 'flow_run', 'action', 'flow' or '/'; did you mean 'flow_run'?"),
                new SyntaxCase("""
                        action ci
                            retrun = (OK);
                        action_end
                        """, 2, 5, "unexpected 'retrun', expected one of 'action_end', 'addr', 'method', 'secret', 'args' or 'return'; "
                        + "did you mean 'return'?"),
                new SyntaxCase("""
                        action ci
                            return = (OK);
                        action_edn
                        """, 3, 1, "unexpected 'action_edn', expected one of 'action_end', 'addr', 'method', 'secret', 'args' or "
                        + "'return'; did you mean 'action_end'?"),
                new SyntaxCase("""
                        flow_run r
                            setp A => (OK->done) { action = a; };
                        flow_run_end
                        """, 2, 5, "unexpected 'setp', expected one of 'flow_run_end', 'step' or 'deci'; did you mean 'step'?"),
                new SyntaxCase("""
                        flow_run r
                            step A => (OK->done) { actoin = a; };
                        flow_run_end
                        """, 2, 28, "unexpected 'actoin', expected one of 'action', 'args' or '}'; did you mean 'action'?"),
                new SyntaxCase("""
                        flow_run r
                            step A => (OK->done) { action = a; };
                        flow_run_ned
                        """, 3, 1, "unexpected 'flow_run_ned', expected one of 'flow_run_end', 'step' or 'deci'; did you mean 'flow_run_end'?"),
                // nothing close: no guess
                new SyntaxCase("banana ci\n", 1, 1, "unexpected 'banana', expected one of end of input, 'flow_run', 'action', 'flow' or '/'"),
                new SyntaxCase("""
                        action ci
                            url = "http://h/ci";
                        action_end
                        """, 2, 5, "unexpected 'url', expected one of 'action_end', 'addr', 'method', 'secret', 'args' or 'return'"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("syntaxErrors")
    void reportsTheFirstSyntaxErrorWithPositionAndWhatWasExpected(SyntaxCase c) {
        ParseResult result = parser.parse(c.fsl());

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.SYNTAX);
            assertThat(d.message()).isEqualTo(c.message());
            assertThat(List.of(d.line(), d.column())).as(d.format()).containsExactly(c.line(), c.column());
        });
        assertThat(result.document().statements()).isEmpty();
    }

    @Test
    void reportsAnAttributeGivenTwiceAndANumberOutOfRange() {
        ParseResult result = parser.parse("""
                action ci addr = "http://h/a"; addr = "http://h/b"; method = http; return = (X); action_end
                flow_run r step s => (X->done) { action = ci; args = (n = 9223372036854775808); }; flow_run_end
                """);

        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "1:32: error: 'addr' is given twice in action 'ci'",
                "2:59: error: number 9223372036854775808 is out of the 64-bit integer range");
    }
}
