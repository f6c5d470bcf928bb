package org.echoer.fsl.check;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.Name;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.ast.Transition;

/** A step routes only on states its action declares, each once, each to a target. */
final class TransitionStateRule implements CheckRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (FlowDecl flow : context.document().flows()) {
            for (StepDecl step : flow.steps()) {
                ActionDecl action = step.action().flatMap(a -> context.action(a.value())).orElse(null);
                checkStep(context, step, action, report);
            }
        }
    }

    private static void checkStep(CheckContext context, StepDecl step, ActionDecl action, Consumer<Diagnostic> report) {
        String what = "step '" + step.name().value() + "'";
        Set<String> seen = new HashSet<>();
        for (Transition transition : step.transitions()) {
            String state = transition.state().value();
            if (!seen.add(state)) {
                report.accept(Diagnostic.error(DiagnosticCode.DUPLICATE_STATE, transition.state().position(),
                        what + ": state '" + state + "' is listed twice"));
            } else if (action != null && !action.declaresState(state)) {
                report.accept(Diagnostic.error(DiagnosticCode.UNDECLARED_STATE, transition.state().position(),
                        what + ": state '" + state + "' is not declared by action '" + action.name().value()
                                + "' (it returns " + Describe.names(action.states()) + ")"
                                + context.didYouMean(state, () -> action.states().stream().map(Name::value).toList())));
            }
            if (transition.target().isEmpty()) {
                report.accept(Diagnostic.error(DiagnosticCode.MISSING_TARGET, transition.state().position(),
                        what + ": state '" + state + "' has no target; write " + state + "->STEP or " + state + "->done"));
            }
        }
    }
}
