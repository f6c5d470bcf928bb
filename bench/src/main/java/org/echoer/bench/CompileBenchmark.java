package org.echoer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.check.ActionLookup;
import org.echoer.fsl.check.FslChecker;
import org.echoer.fsl.parse.FslParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compile time of FSL documents: the seed demo, and generated flows of 100 and 1,000 steps.
 * {@code compile} is the whole path (parse, check, BPMN, layout); {@code parseAndCheck} is its front
 * half, so the difference is BPMN generation plus layout.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// ELK is a lot of code for the JIT: a 1,000-step compile needs some 30 calls before it is compiled well
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
// a heap of fixed size, touched before the first call: on this VM, memory the JVM touches for the first time
// while measuring costs so much that iterations varied by ±80 %; with it, by about ±15 %
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class CompileBenchmark {

    @Param({"seed", "100", "1000"})
    public String document;

    private String fsl;
    private final FslCompiler compiler = new FslCompiler();
    private final FslParser parser = new FslParser();
    private final FslChecker checker = new FslChecker();

    @Setup(Level.Trial)
    public void load() throws IOException {
        fsl = document.equals("seed")
                ? Files.readString(SeedDemoFile.find(Path.of("")))
                : GeneratedFsl.flowRun(Integer.parseInt(document));
        CompilationResult result = compiler.compile(fsl);
        if (result.hasErrors() || result.flows().size() != 1) {
            throw new IllegalStateException("benchmark input does not compile: " + result.diagnostics());
        }
    }

    @Benchmark
    public CompilationResult compile() {
        return compiler.compile(fsl);
    }

    @Benchmark
    public Object parseAndCheck() {
        return checker.check(parser.parse(fsl).document(), ActionLookup.none());
    }
}
