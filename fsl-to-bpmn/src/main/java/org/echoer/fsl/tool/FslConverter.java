package org.echoer.fsl.tool;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.check.Diagnostic;
import org.echoer.fsl.layout.DiagramMarks;
import org.echoer.fsl.layout.SvgRenderer;

/**
 * The offline converter for analysts: {@code java -jar fsl-to-bpmn.jar FILE.fsl [-o DIR]} writes one
 * {@code .bpmn} and one {@code .svg} per flow and flow run, prints diagnostics as
 * {@code FILE:LINE:COL: error|warning: message} and exits 1 when there are errors (2 for bad usage).
 */
public final class FslConverter {

    static final int OK = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = "usage: java -jar fsl-to-bpmn.jar FILE.fsl [-o DIR]";

    private final PrintStream out;
    private final PrintStream err;

    FslConverter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new FslConverter(System.out, System.err).run(args));
    }

    int run(String... args) {
        Path input = null;
        Path outputDir = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-o") || args[i].equals("--output")) {
                if (i + 1 == args.length) {
                    err.println("-o needs a directory\n" + USAGE_TEXT);
                    return USAGE;
                }
                outputDir = Path.of(args[++i]);
            } else if (args[i].equals("-h") || args[i].equals("--help")) {
                out.println(USAGE_TEXT);
                return OK;
            } else if (input == null && !args[i].startsWith("-")) {
                input = Path.of(args[i]);
            } else {
                err.println("unexpected argument '" + args[i] + "'\n" + USAGE_TEXT);
                return USAGE;
            }
        }
        if (input == null) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        return convert(input, outputDir);
    }

    private int convert(Path input, Path outputDir) {
        String fsl;
        try {
            fsl = Files.readString(input, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println(input + ": no such file");
            return USAGE;
        } catch (MalformedInputException e) {
            err.println(input + ": not UTF-8 text");
            return REJECTED;
        } catch (IOException e) {
            err.println(input + ": cannot read: " + e.getMessage());
            return USAGE;
        }
        CompilationResult result = new FslCompiler().compile(fsl);
        for (Diagnostic diagnostic : result.diagnostics()) {
            err.println(input + ":" + diagnostic.format());
        }
        if (result.hasErrors()) {
            return REJECTED;
        }
        try {
            Files.createDirectories(outputDir);
            SvgRenderer svg = new SvgRenderer();
            for (CompiledFlow flow : result.flows()) {
                Path bpmn = outputDir.resolve(flow.processId() + ".bpmn");
                Path picture = outputDir.resolve(flow.processId() + ".svg");
                Files.writeString(bpmn, flow.bpmnXml(), StandardCharsets.UTF_8);
                Files.writeString(picture, svg.render(flow.model(), flow.processId(), DiagramMarks.none()),
                        StandardCharsets.UTF_8);
                out.println("wrote " + bpmn + " and " + picture);
            }
        } catch (IOException e) {
            err.println(outputDir + ": cannot write: " + e.getMessage());
            return USAGE;
        }
        return OK;
    }
}
