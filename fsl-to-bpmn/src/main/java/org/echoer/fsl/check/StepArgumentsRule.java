package org.echoer.fsl.check;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Argument;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.FlowKind;
import org.echoer.fsl.ast.ParamDecl;
import org.echoer.fsl.ast.ParamType;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.ast.Value;

/** A step's arguments are parameters of its action, given once, of the declared type. */
final class StepArgumentsRule implements CheckRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (FlowDecl flow : context.document().flows()) {
            for (StepDecl step : flow.steps()) {
                step.action().flatMap(a -> context.action(a.value()))
                        .ifPresent(action -> checkStep(context, flow, step, action, report));
            }
        }
    }

    private static void checkStep(CheckContext context, FlowDecl flow, StepDecl step, ActionDecl action, Consumer<Diagnostic> report) {
        String what = "step '" + step.name().value() + "'";
        Set<String> given = new HashSet<>();
        for (Argument argument : step.arguments()) {
            String name = argument.name().value();
            if (!given.add(name)) {
                report.accept(Diagnostic.error(DiagnosticCode.DUPLICATE_ARGUMENT, argument.name().position(),
                        what + ": argument '" + name + "' is given twice"));
                continue;
            }
            var param = action.param(name);
            if (param.isEmpty()) {
                report.accept(Diagnostic.error(DiagnosticCode.UNKNOWN_ARGUMENT, argument.name().position(),
                        what + ": unknown argument '" + name + "'; action '" + action.name().value()
                                + "' takes " + parameters(action)
                                + context.didYouMean(name, () -> action.paramList().stream().map(p -> p.name().value()).toList())));
                continue;
            }
            ParamType type = param.get().knownType().orElse(null);
            if (type != null && !type.accepts(argument.value())) {
                report.accept(Diagnostic.error(DiagnosticCode.ARGUMENT_TYPE, argument.value().position(),
                        what + ": argument '" + name + "' of action '" + action.name().value() + "' is "
                                + type.keyword() + ", but the value is " + kind(argument.value())));
            }
        }
        if (flow.kind() == FlowKind.FLOW_RUN) {
            for (ParamDecl param : action.paramList()) {
                if (!given.contains(param.name().value())) {
                    report.accept(Diagnostic.warning(DiagnosticCode.MISSING_ARGUMENT, step.name().position(),
                            what + ": parameter '" + param.name().value() + "' of action '" + action.name().value()
                                    + "' is given no value"));
                }
            }
        }
    }

    private static String parameters(ActionDecl action) {
        if (action.paramList().isEmpty()) {
            return "no arguments";
        }
        return String.join(", ", action.paramList().stream().map(p -> p.type().value() + " " + p.name().value()).toList());
    }

    private static String kind(Value value) {
        return value instanceof Value.Int ? "a number" : "a string";
    }
}
