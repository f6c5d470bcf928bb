package org.echoer.cli.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * echoer's REST API as the terminal uses it (docs/api.md). Answers come back as JSON; a refused
 * request throws {@link RejectedException} with the server's error body, a server that cannot be used
 * throws {@link ServerProblemException}.
 */
public final class EchoerApi {

    private final HttpTransport transport;
    private final ObjectMapper json;

    public EchoerApi(HttpTransport transport, ObjectMapper json) {
        this.transport = transport;
        this.json = json;
    }

    public Connection connection() {
        return transport.connection();
    }

    /** {@code POST /fsl}: a whole document, checked first, deployed all or nothing. */
    public JsonNode submit(String fsl) {
        return answer(transport.postText("/fsl", fsl));
    }

    /** The list of one kind; steps of one flow run when {@code flowRun} is given, else every waiting step. */
    public JsonNode list(ResourceType type, Optional<String> flowRun) {
        String query = type == ResourceType.STEP ? flowRun.map(run -> "?flowId=" + encode(run)).orElse("") : "";
        return answer(transport.get("/" + type.word() + query));
    }

    /** One resource; a step needs the flow run it belongs to. */
    public JsonNode get(ResourceType type, String name, Optional<String> flowRun) {
        if (type == ResourceType.STEP && flowRun.isEmpty()) {
            throw new RejectedException("a step is shown for one flow run: get step NAME FLOW_RUN");
        }
        String query = type == ResourceType.STEP ? "?flowId=" + encode(flowRun.get()) : "";
        return answer(transport.get("/" + type.word() + "/" + encode(name) + query));
    }

    public JsonNode delete(ResourceType type, String name) {
        if (type == ResourceType.STEP) {
            throw new RejectedException("steps are not deleted on their own; delete their flow run");
        }
        return answer(transport.delete("/" + type.word() + "/" + encode(name)));
    }

    /**
     * Follows {@code GET /watch} and hands each event to {@code onEvent} until it answers false or the
     * server ends the stream.
     */
    public void watch(Optional<String> flowRun, Predicate<ServerEvent> onEvent) {
        String path = "/watch" + flowRun.map(run -> "?flowId=" + encode(run)).orElse("");
        ServerEventParser parser = new ServerEventParser();
        try (Stream<String> lines = transport.openLines(path)) {
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                Optional<ServerEvent> event = parser.accept(it.next());
                if (event.isPresent() && !onEvent.test(event.get())) {
                    return;
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new ServerUnreachableException("the event stream from " + connection().server() + " broke off: "
                    + e.getCause().getMessage(), e);
        }
    }

    public JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? NullNode.getInstance() : json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private JsonNode answer(ApiResponse response) {
        JsonNode body = parse(response.body());
        if (response.isSuccess()) {
            return body == null ? json.getNodeFactory().textNode(response.body()) : body;
        }
        ApiError error = ApiError.from(response.status(), body, response.body());
        if (response.status() >= 500) {
            throw new ServerErrorException("the echoer server at " + connection().server() + " failed (" + response.status()
                    + "): " + error.message());
        }
        throw new RejectedException(error);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
