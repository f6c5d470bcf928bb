package org.echoer.fsl.check;

import java.util.function.Consumer;
import org.echoer.fsl.ast.FlowDecl;

/** A flow may hold at most so many steps: the first step past the limit is reported, once per flow. */
public final class StepLimitRule implements CheckRule {

    private final int maxSteps;

    public StepLimitRule(int maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("the step limit must be 1 or more, not " + maxSteps);
        }
        this.maxSteps = maxSteps;
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (FlowDecl flow : context.document().flows()) {
            if (flow.steps().size() > maxSteps) {
                report.accept(Diagnostic.error(DiagnosticCode.TOO_MANY_STEPS, flow.steps().get(maxSteps).position(),
                        flow.kind().keyword() + " '" + flow.name().value() + "' has " + flow.steps().size()
                                + " steps; at most " + maxSteps + " are allowed"));
            }
        }
    }
}
