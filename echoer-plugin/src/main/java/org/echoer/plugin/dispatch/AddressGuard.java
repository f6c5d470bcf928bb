package org.echoer.plugin.dispatch;

import java.net.UnknownHostException;
import java.util.Optional;
import org.echoer.fsl.address.ActionAddressPolicy;

/**
 * Judges an action address just before a request is sent to it: the address policy of submission again
 * (actions deployed under another policy, or before it existed), then on every IP address the host resolves
 * to now, so a name pointed at a refused address after submission gets nothing.
 */
public final class AddressGuard {

    /** What became of an address: usable, refused by the policy, or not resolvable. */
    public record Verdict(String failure, boolean refused) {

        static final Verdict USABLE = new Verdict(null, false);

        public boolean usable() {
            return failure == null;
        }
    }

    private final ActionAddressPolicy policy;
    private final ActionHostResolver resolver;

    public AddressGuard(ActionAddressPolicy policy, ActionHostResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    /** Whether {@link #judge} asks the resolver (and so may wait for DNS). */
    public boolean resolves(String address) {
        return policy.judgesResolvedAddresses(address);
    }

    public Verdict judge(String address) {
        Optional<ActionAddressPolicy.Refusal> refusal = policy.refusal(address);
        if (refusal.isEmpty() && policy.judgesResolvedAddresses(address)) {
            String host = ActionAddressPolicy.host(address).orElseThrow();
            try {
                refusal = policy.refusal(address, resolver.resolve(host));
            } catch (UnknownHostException e) {
                return new Verdict(address + ": host '" + host + "' not found", false);
            }
        }
        return refusal.map(r -> new Verdict(r.message(), true)).orElse(Verdict.USABLE);
    }
}
