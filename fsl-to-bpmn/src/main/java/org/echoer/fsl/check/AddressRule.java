package org.echoer.fsl.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Consumer;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Method;
import org.echoer.fsl.ast.Text;

/** Every address in {@code addr} must be an absolute http(s) URL with a host ({@code host:port} for grpc). */
final class AddressRule implements CheckRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (ActionDecl action : context.document().actions()) {
            if (action.addr().isEmpty()) {
                continue;
            }
            Text addr = action.addr().get();
            boolean grpc = action.knownMethod().filter(m -> m == Method.GRPC).isPresent();
            for (String address : action.addresses()) {
                if (!(grpc ? isHostAndPort(address) || isHttpUrl(address) : isHttpUrl(address))) {
                    String shown = address.isEmpty() ? "an empty address" : "address '" + address + "'";
                    report.accept(Diagnostic.error(DiagnosticCode.INVALID_ADDRESS, addr.position(),
                            "action '" + action.name().value() + "': " + shown + " is not an absolute "
                                    + (grpc ? "host:port or http(s) URL" : "http(s) URL")));
                }
            }
        }
    }

    static boolean isHttpUrl(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isHostAndPort(String address) {
        return address.matches("[A-Za-z0-9.\\-]+:[0-9]{1,5}");
    }
}
