package org.echoer.fsl.check;

import java.util.function.Consumer;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Method;

/** An action needs an address, a known method and the states it may report. */
final class ActionAttributesRule implements CheckRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (ActionDecl action : context.document().actions()) {
            String what = "action '" + action.name().value() + "'";
            if (action.addr().isEmpty()) {
                report.accept(missing(action, what + " has no addr = \"http://host:port/path\";"));
            }
            if (action.method().isEmpty()) {
                report.accept(missing(action, what + " has no method = http | https | grpc;"));
            }
            action.method().filter(m -> Method.parse(m.value()).isEmpty()).ifPresent(m ->
                    report.accept(Diagnostic.error(DiagnosticCode.UNKNOWN_METHOD, m.position(),
                            what + ": unknown method '" + m.value() + "', expected http, https or grpc")));
            if (action.returnStates().isEmpty()) {
                report.accept(missing(action, what + " has no return = (STATE | ...); with the states it reports"));
            } else if (action.states().isEmpty()) {
                report.accept(Diagnostic.error(DiagnosticCode.MISSING_ATTRIBUTE, action.name().position(),
                        what + " declares no return states; it needs at least one"));
            }
        }
    }

    private static Diagnostic missing(ActionDecl action, String message) {
        return Diagnostic.error(DiagnosticCode.MISSING_ATTRIBUTE, action.name().position(), message);
    }
}
