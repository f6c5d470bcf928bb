package org.echoer.fsl.check;

import java.util.function.Consumer;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.StepDecl;

/** Every step names an action that is declared in the document or already known. */
final class StepActionRule implements CheckRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (FlowDecl flow : context.document().flows()) {
            for (StepDecl step : flow.steps()) {
                String what = "step '" + step.name().value() + "' in " + Describe.statement(flow);
                if (step.action().isEmpty()) {
                    report.accept(Diagnostic.error(DiagnosticCode.MISSING_ACTION, step.name().position(),
                            what + " has no action = NAME;"));
                    continue;
                }
                var action = step.action().get();
                if (context.action(action.value()).isEmpty()) {
                    report.accept(Diagnostic.error(DiagnosticCode.UNKNOWN_ACTION, action.position(),
                            "unknown action '" + action.value() + "' in " + what
                                    + context.didYouMean(action.value(), context::actionNames)));
                }
            }
        }
    }
}
