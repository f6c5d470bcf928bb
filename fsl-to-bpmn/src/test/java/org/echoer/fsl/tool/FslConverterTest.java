package org.echoer.fsl.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.echoer.fsl.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FslConverterTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final FslConverter converter = new FslConverter(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void writesOneBpmnAndOneSvgPerFlowAndExitsZero() throws Exception {
        Path seed = Examples.repositoryExamples().resolve("seed-demo.fsl");

        int exit = converter.run(seed.toString(), "-o", dir.resolve("out").toString());

        assertThat(exit).isZero();
        Path bpmn = dir.resolve("out/my_flow_run.bpmn");
        Path svg = dir.resolve("out/my_flow_run.svg");
        assertThat(bpmn).exists();
        assertThat(svg).exists();
        Bpmn.validateModel(Bpmn.readModelFromFile(bpmn.toFile()));
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void printsDiagnosticsLikeACompilerAndExitsOneOnErrors() throws Exception {
        Path bad = dir.resolve("bad.fsl");
        Files.writeString(bad, """
                action a addr = "http://h/a"; method = http; return = (OK); action_end
                flow_run r
                    step A => (OK->done) { action = missing; };
                    step B => (OK->done) { action = a; };
                flow_run_end
                """);

        int exit = converter.run(bad.toString(), "-o", dir.resolve("out").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                bad + ":3:37: error: unknown action 'missing' in step 'A' in flow_run 'r'",
                bad + ":4:10: warning: step 'B' is never reached from the first step 'A'; the process and its diagram leave it out");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void warningsAloneStillWriteTheFiles() throws Exception {
        Path warned = dir.resolve("warned.fsl");
        Files.writeString(warned, """
                action a addr = "http://h/a"; method = http; args = (str x); return = (OK); action_end
                flow_run r step A => (OK->done) { action = a; }; flow_run_end
                """);

        assertThat(converter.run(warned.toString(), "-o", dir.toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("warning: step 'A': parameter 'x'");
        assertThat(dir.resolve("r.bpmn")).exists();
    }

    @Test
    void usageProblemsExitTwo() {
        assertThat(converter.run()).isEqualTo(2);
        assertThat(converter.run("a.fsl", "b.fsl")).isEqualTo(2);
        assertThat(converter.run(dir.resolve("missing.fsl").toString())).isEqualTo(2);
        assertThat(converter.run("x.fsl", "-o")).isEqualTo(2);
    }
}
