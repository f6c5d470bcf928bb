package org.echoer.fsl.check;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Name;
import org.echoer.fsl.ast.ParamDecl;

/** Parameter types are str or int, parameter names and return states are each declared once. */
final class ParameterRule implements CheckRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (ActionDecl action : context.document().actions()) {
            String what = "action '" + action.name().value() + "'";
            Set<String> params = new HashSet<>();
            for (ParamDecl param : action.paramList()) {
                if (param.knownType().isEmpty()) {
                    report.accept(Diagnostic.error(DiagnosticCode.UNKNOWN_TYPE, param.type().position(),
                            what + ": parameter '" + param.name().value() + "' has unknown type '" + param.type().value()
                                    + "', expected str or int"));
                }
                if (!params.add(param.name().value())) {
                    report.accept(Diagnostic.error(DiagnosticCode.DUPLICATE_PARAMETER, param.name().position(),
                            what + ": parameter '" + param.name().value() + "' is declared twice"));
                }
            }
            Set<String> states = new HashSet<>();
            for (Name state : action.states()) {
                if (!states.add(state.value())) {
                    report.accept(Diagnostic.error(DiagnosticCode.DUPLICATE_RETURN_STATE, state.position(),
                            what + ": return state '" + state.value() + "' is declared twice"));
                }
            }
        }
    }
}
