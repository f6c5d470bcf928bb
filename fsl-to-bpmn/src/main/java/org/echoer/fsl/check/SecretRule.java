package org.echoer.fsl.check;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Method;
import org.echoer.fsl.ast.SecretEntry;
import org.echoer.fsl.ast.Text;

/** {@code method = https} trusts exactly the CA in {@code secret = (capem="...")}: it must be there and be a certificate. */
final class SecretRule implements CheckRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (ActionDecl action : context.document().actions()) {
            String what = "action '" + action.name().value() + "'";
            for (SecretEntry entry : action.secret()) {
                if (!entry.key().value().equalsIgnoreCase("capem")) {
                    report.accept(Diagnostic.error(DiagnosticCode.UNKNOWN_SECRET_KEY, entry.key().position(),
                            what + ": unknown secret '" + entry.key().value() + "', expected capem"));
                }
            }
            Optional<Text> capem = action.capem();
            boolean https = action.knownMethod().filter(m -> m == Method.HTTPS).isPresent();
            if (https && capem.isEmpty()) {
                report.accept(Diagnostic.error(DiagnosticCode.HTTPS_WITHOUT_SECRET, action.method().orElseThrow().position(),
                        what + ": method https needs secret = (capem=\"BASE64-OF-PEM\"); with the CA to trust"));
            }
            capem.flatMap(SecretRule::problemWithCapem).ifPresent(problem ->
                    report.accept(Diagnostic.error(DiagnosticCode.INVALID_CAPEM, capem.get().position(),
                            what + ": capem is not base64 of a PEM certificate (" + problem + ")")));
        }
    }

    private static Optional<String> problemWithCapem(Text capem) {
        byte[] pem;
        try {
            pem = Base64.getDecoder().decode(capem.value().replaceAll("\\s", "")); // line breaks are allowed, other non-base64 text is not
        } catch (IllegalArgumentException notBase64) {
            return Optional.of("not base64: " + notBase64.getMessage());
        }
        if (!new String(pem, StandardCharsets.US_ASCII).contains("-----BEGIN CERTIFICATE-----")) {
            return Optional.of("no -----BEGIN CERTIFICATE----- block");
        }
        try {
            if (CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem)).isEmpty()) {
                return Optional.of("no certificate in it");
            }
            return Optional.empty();
        } catch (CertificateException broken) {
            return Optional.of("the certificate cannot be read: " + broken.getMessage());
        }
    }
}
