package org.echoer.fsl;

import java.util.List;
import java.util.Optional;
import org.echoer.fsl.ast.Document;
import org.echoer.fsl.check.Diagnostic;

/**
 * What compiling an FSL document gives: every diagnostic in document order and, when there is no
 * error, one BPMN process per flow and flow run.
 */
public record CompilationResult(Document document, List<Diagnostic> diagnostics, List<CompiledFlow> flows) {

    public CompilationResult {
        diagnostics = List.copyOf(diagnostics);
        flows = List.copyOf(flows);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    public Optional<CompiledFlow> flow(String name) {
        return flows.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
