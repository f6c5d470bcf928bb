package org.echoer.fsl.parse;

import java.util.List;
import org.echoer.fsl.ast.Document;
import org.echoer.fsl.check.Diagnostic;

/** A parsed document and the problems found while reading it. After a syntax error the document is empty. */
public record ParseResult(Document document, List<Diagnostic> diagnostics) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
