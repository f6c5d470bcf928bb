package org.echoer.fsl.check;

import java.util.function.Consumer;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.Name;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.ast.Transition;

/** A transition goes to a step of the same flow or to {@code done}. */
final class TransitionTargetRule implements CheckRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (FlowDecl flow : context.document().flows()) {
            for (StepDecl step : flow.steps()) {
                for (Transition transition : step.transitions()) {
                    Name target = transition.target().orElse(null);
                    if (target != null && !Transition.isDone(target.value()) && flow.step(target.value()).isEmpty()) {
                        report.accept(Diagnostic.error(DiagnosticCode.UNKNOWN_TARGET, target.position(),
                                "step '" + step.name().value() + "': target '" + target.value() + "' is neither a step of "
                                        + Describe.statement(flow) + " nor done"));
                    }
                }
            }
        }
    }
}
