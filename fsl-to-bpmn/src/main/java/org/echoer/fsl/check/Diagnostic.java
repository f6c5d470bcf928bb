package org.echoer.fsl.check;

import java.util.Objects;
import org.echoer.fsl.ast.SourcePosition;

/**
 * One problem found in an FSL document. The same shape serves the converter, the REST API, the
 * terminal and deployment.
 */
public record Diagnostic(DiagnosticCode code, Severity severity, int line, int column, String message) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(DiagnosticCode code, SourcePosition at, String message) {
        return new Diagnostic(code, Severity.ERROR, at.line(), at.column(), message);
    }

    public static Diagnostic warning(DiagnosticCode code, SourcePosition at, String message) {
        return new Diagnostic(code, Severity.WARNING, at.line(), at.column(), message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code LINE:COL: error|warning: message}, the form compilers print. */
    public String format() {
        return line + ":" + column + ": " + severity.label() + ": " + message;
    }
}
