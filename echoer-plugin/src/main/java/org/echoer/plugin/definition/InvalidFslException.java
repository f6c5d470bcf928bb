package org.echoer.plugin.definition;

import java.util.List;
import org.echoer.fsl.check.Diagnostic;

/** The submitted FSL has errors: nothing was deployed. Carries every diagnostic, errors and warnings. */
public final class InvalidFslException extends RuntimeException {

    private final transient List<Diagnostic> diagnostics;

    public InvalidFslException(String message, List<Diagnostic> diagnostics) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
