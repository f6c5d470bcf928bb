package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.EchoerAppTest;
import org.echoer.webapp.support.Fixture;
import org.echoer.webapp.support.TestTls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code method = https} actions trust exactly the CA of their FSL {@code secret}: an action server on
 * loopback serves TLS with a certificate from a generated CA; the right CA dispatches, another CA ends
 * in an incident that says TLS failed.
 */
@EchoerAppTest
class HttpsActionIT {

    private static TestTls serverCa;
    private static HttpsServer server;
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

    @LocalServerPort
    int port;

    @BeforeAll
    static void startTlsActionServer() throws IOException {
        serverCa = TestTls.newCa("echoer test CA");
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverCa.serverContext()));
        server.createContext("/", exchange -> {
            RECEIVED.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void dispatchesOverTlsToAServerWhoseCertificateTheActionsCaSigned() {
        ApiClient api = new ApiClient(port);
        String run = Fixture.unique("tls_ok");

        assertThat(api.postText("/fsl", httpsFlow("tls_ok", serverCa.capem(), run)).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> RECEIVED.stream().anyMatch(body -> body.contains(run)));
        String uuid = api.get("/flowrun/" + run).json().path("activations").get(0).path("uuid").asText();
        JsonNode callback = api.postJson("/step", Map.of("flowId", run, "stepName", "only", "ackState", "OK", "uuid", uuid,
                "done", true)).json();
        assertThat(callback.path("status").asText()).isEqualTo("ok");
        assertThat(api.get("/flowrun/" + run).json().path("state").asText()).isEqualTo("done");
    }

    @Test
    void anotherCaFailsTheHandshakeAndEndsInAnIncidentThatSaysSo() {
        ApiClient api = new ApiClient(port);
        String run = Fixture.unique("tls_wrong");
        String otherCa = TestTls.newCa("some other CA").capem();

        assertThat(api.postText("/fsl", httpsFlow("tls_wrong", otherCa, run)).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/flowrun/" + run).json().path("state").asText(), "failed"::equals);
        String incident = api.get("/flowrun/" + run).json().path("incident").asText();
        assertThat(incident).contains("action 'tls_wrong'", address(), "TLS failed");
        assertThat(RECEIVED).noneMatch(body -> body.contains(run));
    }

    private static String address() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/work";
    }

    private static String httpsFlow(String action, String capem, String run) {
        return """
                action %1$s
                    addr = "%2$s";
                    method = https;
                    secret = (capem="%3$s");
                    return = (OK);
                action_end
                /
                flow_run %4$s
                    step only => (OK->done) { action = %1$s; };
                flow_run_end
                """.formatted(action, address(), capem, run);
    }
}
