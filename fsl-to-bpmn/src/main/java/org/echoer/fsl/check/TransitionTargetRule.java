package org.echoer.fsl.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.Name;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.ast.Transition;

/** A transition goes to a step of the same flow or to {@code done}. */
final class TransitionTargetRule implements CheckRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (FlowDecl flow : context.document().flows()) {
            // a set, not flow.step(): a search per transition made big flows quadratic
            Set<String> stepNames = flow.steps().stream().map(step -> step.name().value())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            for (StepDecl step : flow.steps()) {
                for (Transition transition : step.transitions()) {
                    Name target = transition.target().orElse(null);
                    if (target != null && !Transition.isDone(target.value()) && !stepNames.contains(target.value())) {
                        report.accept(Diagnostic.error(DiagnosticCode.UNKNOWN_TARGET, target.position(),
                                "step '" + step.name().value() + "': target '" + target.value() + "' is neither a step of "
                                        + Describe.statement(flow) + " nor done"
                                        + context.didYouMean(target.value(), () -> targets(stepNames))));
                    }
                }
            }
        }
    }

    private static List<String> targets(Set<String> stepNames) {
        return Stream.concat(stepNames.stream(), Stream.of(Transition.DONE)).toList();
    }
}
