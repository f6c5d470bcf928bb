package org.echoer.webapp;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Lists every missing production setting, each with the variable that sets it. */
public final class MissingProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettingsException cause) {
        String problems = cause.missing().stream().map(m -> "  - " + m.problem()).collect(Collectors.joining("\n"));
        String fixes = cause.missing().stream().map(m -> "  - " + m.fix()).collect(Collectors.joining("\n"));
        return new FailureAnalysis("The production profile does not start while:\n" + problems,
                "Set all of these, then start again (see docs/security.md):\n" + fixes, cause);
    }
}
