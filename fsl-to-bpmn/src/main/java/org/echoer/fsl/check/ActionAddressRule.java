package org.echoer.fsl.check;

import java.util.function.Consumer;
import org.echoer.fsl.address.ActionAddressPolicy;
import org.echoer.fsl.ast.ActionDecl;

/**
 * Every action address must be one the deployment's {@link ActionAddressPolicy} allows (allowed hosts, the
 * address guard), so FSL cannot make the server POST where it should not. Addresses that are no URL at all
 * are {@link AddressRule}'s.
 */
public final class ActionAddressRule implements CheckRule {

    private final ActionAddressPolicy policy;

    public ActionAddressRule(ActionAddressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (ActionDecl action : context.document().actions()) {
            if (action.addr().isEmpty()) {
                continue;
            }
            for (String address : action.addresses()) {
                policy.refusal(address).ifPresent(refusal -> report.accept(Diagnostic.error(
                        refusal.rule() == ActionAddressPolicy.Rule.GUARD ? DiagnosticCode.ADDRESS_REFUSED : DiagnosticCode.HOST_NOT_ALLOWED,
                        action.addr().get().position(), "action '" + action.name().value() + "': " + refusal.message())));
            }
        }
    }
}
