package org.echoer.webapp.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A certificate authority made with the JDK's keytool in a temporary directory, and a loopback server
 * certificate it signed: what an https action's FSL {@code secret = (capem=...)} trusts.
 */
public final class TestTls {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final Path dir;
    private final String caPem;

    private TestTls(Path dir, String caPem) {
        this.dir = dir;
        this.caPem = caPem;
    }

    /** A fresh CA (no server certificate yet). */
    public static TestTls newCa(String name) {
        try {
            Path dir = Files.createTempDirectory("echoer-tls");
            keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-dname", "CN=" + name, "-validity", "30", "-ext", "bc:c",
                    "-keystore", dir.resolve("ca.p12").toString(), "-storepass", "changeit");
            String pem = keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", dir.resolve("ca.p12").toString(),
                    "-storepass", "changeit");
            Files.writeString(dir.resolve("ca.pem"), pem);
            return new TestTls(dir, pem);
        } catch (IOException e) {
            throw new IllegalStateException("keytool failed", e);
        }
    }

    /** The CA certificate as FSL's {@code capem} wants it: base64 of the PEM. */
    public String capem() {
        return Base64.getEncoder().encodeToString(caPem.getBytes(StandardCharsets.US_ASCII));
    }

    /** A TLS context serving a certificate for 127.0.0.1 and localhost, signed by this CA. */
    public SSLContext serverContext() {
        try {
            String server = dir.resolve("server.p12").toString();
            String ca = dir.resolve("ca.p12").toString();
            keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=localhost", "-validity", "30",
                    "-keystore", server, "-storepass", "changeit");
            Files.writeString(dir.resolve("server.csr"), keytool("-certreq", "-alias", "server", "-keystore", server,
                    "-storepass", "changeit"));
            Files.writeString(dir.resolve("server.pem"), keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", ca,
                    "-storepass", "changeit", "-infile", dir.resolve("server.csr").toString(),
                    "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "30"));
            keytool("-importcert", "-noprompt", "-alias", "ca", "-file", dir.resolve("ca.pem").toString(), "-keystore", server,
                    "-storepass", "changeit");
            keytool("-importcert", "-alias", "server", "-file", dir.resolve("server.pem").toString(), "-keystore", server,
                    "-storepass", "changeit");
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(Path.of(server))) {
                keys.load(in, PASSWORD);
            }
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("server certificate failed", e);
        }
    }

    private static String keytool(String... arguments) throws IOException {
        String[] command = new String[arguments.length + 1];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output + errors);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
