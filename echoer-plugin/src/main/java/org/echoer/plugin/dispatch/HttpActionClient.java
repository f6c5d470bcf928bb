package org.echoer.plugin.dispatch;

import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.echoer.plugin.step.StepDefinition;

/**
 * POSTs over HTTP/1.1 with keep-alive (the JDK client), with connect and read timeouts, trying an
 * action's addresses in order until one answers 2xx. {@code https} actions trust exactly the CA of their
 * FSL {@code secret}. Each address is judged by the {@link AddressGuard} before anything is sent to it.
 */
public final class HttpActionClient implements ActionClient {

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Executor executor;
    private final Map<String, String> headers;
    private final HttpClient plain;
    private final Map<String, HttpClient> byCa = new ConcurrentHashMap<>();
    private final AddressGuard guard;

    public HttpActionClient(Duration connectTimeout, Duration readTimeout, Executor executor, AddressGuard guard) {
        this(connectTimeout, readTimeout, executor, Map.of(), guard);
    }

    /** @param headers sent with every POST, such as the shared secret callbacks must return */
    public HttpActionClient(Duration connectTimeout, Duration readTimeout, Executor executor, Map<String, String> headers,
            AddressGuard guard) {
        this.guard = guard;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.executor = executor;
        this.headers = Map.copyOf(headers);
        this.plain = client(null);
    }

    @Override
    public CompletableFuture<ActionCall> post(StepDefinition step, byte[] body) {
        if ("grpc".equals(step.method())) {
            return CompletableFuture.completedFuture(new ActionCall(null,
                    List.of("action '" + step.actionName() + "': method grpc is not supported; use http or https")));
        }
        HttpClient client;
        try {
            client = step.capem().map(ca -> byCa.computeIfAbsent(ca, this::trusting)).orElse(plain);
        } catch (IllegalArgumentException badCa) {
            return CompletableFuture.completedFuture(new ActionCall(null, List.of(badCa.getMessage())));
        }
        return attempt(client, step.addresses(), 0, body, new ArrayList<>(), 0);
    }

    /** @param refused how many of the addresses tried so far the guard refused */
    private CompletableFuture<ActionCall> attempt(HttpClient client, List<String> addresses, int index, byte[] body,
            List<String> failures, int refused) {
        if (index == addresses.size()) {
            boolean everyOneRefused = refused > 0 && refused == addresses.size();
            return CompletableFuture.completedFuture(new ActionCall(null, List.copyOf(failures), everyOneRefused));
        }
        String address = addresses.get(index);
        if (guard.resolves(address)) {
            // a name may have to wait for DNS: not on the caller's thread, which is the dispatcher's loop
            return CompletableFuture.supplyAsync(() -> guard.judge(address), executor)
                    .thenCompose(verdict -> attemptJudged(client, addresses, index, body, failures, refused, verdict));
        }
        return attemptJudged(client, addresses, index, body, failures, refused, guard.judge(address));
    }

    private CompletableFuture<ActionCall> attemptJudged(HttpClient client, List<String> addresses, int index, byte[] body,
            List<String> failures, int refused, AddressGuard.Verdict verdict) {
        if (!verdict.usable()) {
            failures.add(verdict.failure());
            return attempt(client, addresses, index + 1, body, failures, verdict.refused() ? refused + 1 : refused);
        }
        String address = addresses.get(index);
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(address))
                    .timeout(readTimeout)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(builder::header);
            request = builder.build();
        } catch (IllegalArgumentException badAddress) {
            failures.add(address + ": not a valid address");
            return attempt(client, addresses, index + 1, body, failures, refused);
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                return CompletableFuture.completedFuture(new ActionCall(address, List.copyOf(failures)));
            }
            failures.add(address + ": " + (error != null ? describe(error) : "HTTP " + response.statusCode()));
            return attempt(client, addresses, index + 1, body, failures, refused);
        }).thenCompose(next -> next);
    }

    private String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpConnectTimeoutException) {
            return "no connection within " + connectTimeout.toMillis() + " ms";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + readTimeout.toMillis() + " ms";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof SSLException) {
            return "TLS failed: " + cause.getMessage();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() != null ? ": " + cause.getMessage() : "");
    }

    private HttpClient trusting(String capemBase64) {
        try {
            byte[] pem = Base64.getDecoder().decode(capemBase64.replaceAll("\\s", ""));
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int n = 0;
            for (Certificate ca : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem))) {
                trust.setCertificateEntry("ca-" + n++, ca);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return client(context);
        } catch (GeneralSecurityException | java.io.IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the action's capem cannot be used as a CA: " + e.getMessage()
                   , e);
        }
    }

    private HttpClient client(SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor);
        if (tls != null) {
            builder.sslContext(tls);
        }
        return builder.build();
    }
}
