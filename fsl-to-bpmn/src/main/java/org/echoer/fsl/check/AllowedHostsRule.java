package org.echoer.fsl.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.echoer.fsl.ast.ActionDecl;

/**
 * Every action address must name one of the allowed hosts (compared without case), so FSL cannot make the
 * server POST to hosts it should not reach. Addresses that are no URL at all are {@link AddressRule}'s.
 */
public final class AllowedHostsRule implements CheckRule {

    private final Set<String> allowedHosts;

    /** @param allowedHosts host names or IP literals; must not be empty (empty means any host: add no rule) */
    public AllowedHostsRule(Set<String> allowedHosts) {
        if (allowedHosts.isEmpty()) {
            throw new IllegalArgumentException("no allowed host given");
        }
        this.allowedHosts = allowedHosts.stream().map(AllowedHostsRule::normalized).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (ActionDecl action : context.document().actions()) {
            if (action.addr().isEmpty()) {
                continue;
            }
            for (String address : action.addresses()) {
                Optional<String> host = host(address);
                if (host.isPresent() && !allowedHosts.contains(normalized(host.get()))) {
                    report.accept(Diagnostic.error(DiagnosticCode.HOST_NOT_ALLOWED, action.addr().get().position(),
                            "action '" + action.name().value() + "': address '" + address + "' is on host '" + host.get()
                                    + "', which is not among the allowed action hosts " + allowedHosts.stream().sorted().toList()));
                }
            }
        }
    }

    /** The host of an http(s) URL, or of {@code host:port} (grpc); empty when the address is neither. */
    private static Optional<String> host(String address) {
        try {
            URI uri = new URI(address);
            if (uri.getHost() != null) {
                return Optional.of(uri.getHost());
            }
        } catch (URISyntaxException e) {
            // not a URL: perhaps host:port
        }
        int colon = address.lastIndexOf(':');
        return colon > 0 && address.matches("[A-Za-z0-9.\\-]+:[0-9]{1,5}") ? Optional.of(address.substring(0, colon))
                : Optional.empty();
    }

    private static String normalized(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.toLowerCase(Locale.ROOT);
    }
}
