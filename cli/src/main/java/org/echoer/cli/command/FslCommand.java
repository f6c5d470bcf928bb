package org.echoer.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echoer.cli.api.ExitCodes;
import org.echoer.cli.api.RejectedException;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.check.Diagnostic;
import org.echoer.fsl.reverse.BpmnProblem;
import org.echoer.fsl.reverse.BpmnToFsl;
import org.echoer.fsl.reverse.ReverseResult;
import org.echoer.fsl.reverse.ReversedFlow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code echoer fsl FILE.bpmn [-o DIR]}: BPMN of echoer's shape back to FSL, no server needed. */
@Command(name = "fsl", description = {
        "Write DIR/<process id>.fsl, the actions and flow a BPMN file of echoer's shape describes (no server needed).",
        "What does not fit is reported by element id, and nothing is written."})
final class FslCommand implements Callable<Integer> {

    @ParentCommand
    EchoerCommand root;

    @Parameters(index = "0", paramLabel = "FILE.bpmn")
    Path file;

    @Option(names = {"-o", "--dir"}, paramLabel = "DIR", description = "where to write (default: the current directory)")
    Path directory = Path.of(".");

    @Override
    public Integer call() {
        PrintWriter out = root.environment().out();
        PrintWriter err = root.environment().err();
        ReverseResult result = new BpmnToFsl().convert(read(file), file.getFileName().toString());
        for (BpmnProblem problem : result.problems()) {
            err.println(file + ": error: " + problem.format());
        }
        if (result.hasProblems()) {
            err.flush();
            return ExitCodes.REJECTED;
        }
        // the FSL is checked as any document is: what the BPMN says may still break a rule of the language
        FslCompiler compiler = new FslCompiler();
        boolean errors = false;
        for (ReversedFlow flow : result.flows()) {
            CompilationResult checked = compiler.compile(flow.fsl());
            for (Diagnostic diagnostic : checked.diagnostics()) {
                err.println(directory.resolve(flow.processId() + ".fsl") + ":" + diagnostic.format());
            }
            errors |= checked.hasErrors();
        }
        err.flush();
        if (errors) {
            return ExitCodes.REJECTED;
        }
        try {
            Files.createDirectories(directory);
            for (ReversedFlow flow : result.flows()) {
                Path written = directory.resolve(flow.processId() + ".fsl");
                Files.writeString(written, flow.fsl(), StandardCharsets.UTF_8);
                out.println("wrote " + written);
            }
        } catch (IOException e) {
            throw new RejectedException(directory + ": cannot write: " + e.getMessage());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RejectedException(file + ": no such file");
        } catch (IOException e) {
            throw new RejectedException(file + ": cannot read: " + e.getMessage());
        }
    }
}
