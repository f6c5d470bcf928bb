package org.echoer.fsl.check;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.ast.Transition;

/** A flow has steps, each named once; {@code done} is where flows end, so no step may take that name. */
final class FlowStepsRule implements CheckRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (FlowDecl flow : context.document().flows()) {
            if (flow.steps().isEmpty()) {
                report.accept(Diagnostic.error(DiagnosticCode.EMPTY_FLOW, flow.name().position(),
                        Describe.statement(flow) + " has no steps"));
            }
            Map<String, StepDecl> seen = new HashMap<>();
            for (StepDecl step : flow.steps()) {
                String name = step.name().value();
                if (Transition.isDone(name)) {
                    report.accept(Diagnostic.error(DiagnosticCode.RESERVED_STEP_NAME, step.name().position(),
                            "step '" + name + "' in " + Describe.statement(flow) + ": 'done' is reserved for the end of a flow"));
                }
                StepDecl first = seen.putIfAbsent(name, step);
                if (first != null) {
                    report.accept(Diagnostic.error(DiagnosticCode.DUPLICATE_STEP, step.name().position(),
                            "duplicate step '" + name + "' in " + Describe.statement(flow) + " (first defined at "
                                    + first.name().position() + ")"));
                }
            }
        }
    }
}
