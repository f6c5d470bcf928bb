package org.echoer.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echoer.cli.api.ExitCodes;
import org.echoer.cli.api.RejectedException;
import org.echoer.cli.offline.ElementTemplates;
import org.echoer.cli.offline.OfflineCompiler;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.bpmn.NcNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code echoer templates FILE.fsl [-o DIR]}: no server needed. */
@Command(name = "templates", description = {
        "Write DIR/<action>.json, a Camunda Modeler element template, for each action of the file (no server needed).",
        "Put them in Modeler's resources/element-templates folder."})
final class TemplatesCommand implements Callable<Integer> {

    @ParentCommand
    EchoerCommand root;

    @Parameters(index = "0", paramLabel = "FILE.fsl")
    Path file;

    @Option(names = {"-o", "--dir"}, paramLabel = "DIR", description = "where to write (default: the current directory)")
    Path directory = Path.of(".");

    @Override
    public Integer call() {
        PrintWriter out = root.environment().out();
        CompilationResult result = new OfflineCompiler(new FslCompiler(), root.environment().err(), root.palette()).compile(file);
        if (result.hasErrors()) {
            return ExitCodes.REJECTED;
        }
        ElementTemplates templates = new ElementTemplates(root.json());
        try {
            Files.createDirectories(directory);
            for (ActionDecl action : result.document().actions()) {
                Path written = directory.resolve(NcNames.of(action.name().value()) + ".json");
                Files.writeString(written, root.json().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(templates.template(action)) + "\n", StandardCharsets.UTF_8);
                out.println("wrote " + written);
            }
        } catch (IOException e) {
            throw new RejectedException(directory + ": cannot write: " + e.getMessage());
        }
        if (result.document().actions().isEmpty()) {
            out.println(file + " has no action: nothing to write");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
