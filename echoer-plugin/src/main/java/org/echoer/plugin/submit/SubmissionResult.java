package org.echoer.plugin.submit;

import java.util.List;
import org.echoer.fsl.check.Diagnostic;

/** The outcome of a document: one entry per statement, and the warnings the checks raised. */
public record SubmissionResult(List<StatementOutcome> statements, List<Diagnostic> warnings) {

    public SubmissionResult {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
    }
}
