package org.echoer.webapp.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips a test, with the reason, when the chosen database cannot be had (see {@link TestDatabase}). */
public final class DatabaseAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = System.getProperty(TestDatabase.SKIP_REASON);
        return reason == null ? ConditionEvaluationResult.enabled("database available")
                : ConditionEvaluationResult.disabled("skipped: " + reason);
    }
}
