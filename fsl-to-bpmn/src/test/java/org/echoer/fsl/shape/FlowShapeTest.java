package org.echoer.fsl.shape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.Examples;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.bpmn.BpmnOptions;
import org.echoer.fsl.check.ActionLookup;
import org.echoer.fsl.check.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlowShapeTest {

    private final FslCompiler compiler = new FslCompiler();

    @Test
    void runsThatDifferInNameAndArgumentValuesShareAShapeAndItsProcess() {
        String seed = Examples.seedDemo();
        String sibling = seed.replace("flow_run my_flow_run", "flow_run \"nightly build 42\"")
                .replace("version=\"v0.1.0\"", "version=\"v9.9.9\"").replace("retry_count=10", "retry_count=3");

        FlowShape first = shape(seed);
        FlowShape second = shape(sibling);

        assertThat(second).isEqualTo(first);
        assertThat(shapeBpmn(sibling)).isEqualTo(shapeBpmn(seed));
    }

    @Test
    void theSharedProcessCarriesNoArgumentValuesAndIsNamedAfterTheShape() {
        String seed = Examples.seedDemo();
        FlowShape shape = shape(seed);

        String bpmn = shapeBpmn(seed);

        assertThat(shape.key()).isEqualTo("flowrun_ci-approval-deploy_1-approval_2-notify_" + shape.digest().substring(0, 12));
        assertThat(shape.name()).isEqualTo("flow_run of ci, approval, deploy_1, approval_2, notify [" + shape.digest().substring(0, 12) + "]");
        assertThat(bpmn).contains("<process camunda:historyTimeToLive=\"P180D\" camunda:versionTag=\"echoer\" id=\"" + shape.key()
                + "\" isExecutable=\"true\" name=\"" + shape.name() + "\">");
        assertThat(bpmn).doesNotContain("echoer.arg.").doesNotContain("compass.git").doesNotContain("my_flow_run");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~ ", value = {
        "an address ~ addr = \"http://localhost:18080/ci\"; ~ addr = \"http://localhost:18081/ci\";",
        "a second address ~ addr = \"http://localhost:18080/ci\"; ~ addr = \"http://localhost:18080/ci,http://backup:18080/ci\";",
        "the method ~ method = http; ~ method = grpc;",
        "a state ~ return = (SUCCESS | FAIL); ~ return = (SUCCESS | FAIL | RETRY);",
        "the order of states ~ return = (SUCCESS | FAIL); ~ return = (FAIL | SUCCESS);",
        "a parameter type ~ int retry_count && retry_count=10 ~ str retry_count && retry_count=\"10\"",
        "a transition ~ (SUCCESS->D | FAIL->A) ~ (SUCCESS->D | FAIL->D)",
        "a step kind ~ step D => ~ deci D =>",
    })
    void aChangeToWhatReachesTheEngineIsAnotherShape(String what, String before, String after) {
        String seed = Examples.seedDemo();
        String[] from = before.split(" && ");
        String[] to = after.split(" && ");
        String changed = seed;
        for (int i = 0; i < from.length; i++) {
            changed = changed.replaceFirst(Pattern.quote(from[i]), Matcher.quoteReplacement(to[i]));
        }
        assertThat(changed).as(what).isNotEqualTo(seed);

        assertThat(shape(changed).digest()).as(what).isNotEqualTo(shape(seed).digest());
    }

    @Test
    void anotherCertificateAuthorityIsAnotherShape() {
        String https = Examples.seedDemo().replace("method = http;\n\targs = (str project,str version",
                "method = https;\n\tsecret = (capem=\"CA\");\n\targs = (str project,str version");
        String oneCa = https.replace("\"CA\"", "\"" + TestCertificates.caPemBase64() + "\"");
        String otherCa = https.replace("\"CA\"", "\"" + TestCertificates.anotherCaPemBase64() + "\"");

        assertThat(shape(otherCa).digest()).isNotEqualTo(shape(oneCa).digest());
    }

    @Test
    void anotherStepNameIsAnotherShape() {
        String seed = Examples.seedDemo();
        String renamed = seed.replace("step B =>", "step F =>").replace("FAIL->B", "FAIL->F").replace("AGREE -> B", "AGREE -> F")
                .replace("AGREE->B", "AGREE->F");

        assertThat(shape(renamed).digest()).isNotEqualTo(shape(seed).digest());
    }

    @Test
    void aStepNoRunReachesIsNotPartOfTheShapeNorOfItsProcess() {
        String seed = Examples.seedDemo();
        String withUnreachable = seed
                .replace("flow_run my_flow_run", """
                        action lost addr = "http://localhost:18080/lost"; method = http; args = (str note); return = (OK); action_end
                        /
                        flow_run my_flow_run""")
                .replace("flow_run_end", """
                            step Z => (OK->C) { action = lost; args = (note="never sent"); };
                        flow_run_end""");

        assertThat(shape(withUnreachable)).isEqualTo(shape(seed));
        assertThat(shapeBpmn(withUnreachable)).isEqualTo(shapeBpmn(seed)).doesNotContain("lost");
    }

    @Test
    void anotherGeneratorOrOtherOptionsMakeAnotherShape() {
        String seed = Examples.seedDemo();

        FlowShape longerHistory = shape(new FslCompiler(new BpmnOptions("P365D")), seed);

        assertThat(longerHistory.digest()).isNotEqualTo(shape(seed).digest());
    }

    private FlowShape shape(String fsl) {
        return shape(compiler, fsl);
    }

    private static FlowShape shape(FslCompiler compiler, String fsl) {
        CompilationResult checked = compiler.check(fsl, ActionLookup.none());
        assertThat(checked.errors()).isEmpty();
        FlowDecl run = checked.document().flows().get(0);
        return compiler.shape(checked.document(), run, ActionLookup.none());
    }

    private String shapeBpmn(String fsl) {
        CompilationResult checked = compiler.check(fsl, ActionLookup.none());
        FlowDecl run = checked.document().flows().get(0);
        return compiler.translateShape(checked.document(), run, ActionLookup.none(), shape(fsl)).bpmnXml();
    }
}
