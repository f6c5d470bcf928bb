package org.echoer.fsl.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/** A real self-signed CA certificate, made once with the JDK's keytool. */
public final class TestCertificates {

    private static String caPemBase64;

    private TestCertificates() {
    }

    public static synchronized String caPemBase64() {
        if (caPemBase64 == null) {
            caPemBase64 = Base64.getEncoder().encodeToString(generatePem().getBytes(StandardCharsets.US_ASCII));
        }
        return caPemBase64;
    }

    /** A second CA, made anew on every call. */
    public static String anotherCaPemBase64() {
        return Base64.getEncoder().encodeToString(generatePem().getBytes(StandardCharsets.US_ASCII));
    }

    private static String generatePem() {
        try {
            Path dir = Files.createTempDirectory("fsl-ca");
            Path store = dir.resolve("ca.p12");
            run(keytool(), "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-dname", "CN=fsl test CA",
                    "-validity", "30", "-ext", "bc:c", "-keystore", store.toString(), "-storepass", "changeit");
            return run(keytool(), "-exportcert", "-rfc", "-alias", "ca", "-keystore", store.toString(), "-storepass", "changeit");
        } catch (IOException e) {
            throw new IllegalStateException("keytool failed", e);
        }
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private static String run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
