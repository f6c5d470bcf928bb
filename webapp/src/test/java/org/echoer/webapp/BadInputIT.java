package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.echoer.webapp.support.ApiClient.Response;
import org.echoer.webapp.support.EchoerAppTest;
import org.echoer.webapp.support.EndpointTestBase;
import org.echoer.webapp.support.Fixture;
import org.echoer.webapp.support.TestFsl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of docs/api.md fed hostile input over real HTTP: malformed, truncated and deeply
 * nested JSON, wrong types, huge bodies, binary, invalid UTF-8, wrong content types, huge FSL, a
 * 10,000-step flow, odd names. Every answer is a 4xx with the error JSON and no stack trace, and the
 * engine holds exactly what it held before. Random cases come from a fixed seed
 * ({@code -Dechoer.fuzz.seed=N} for another), so a failure reproduces.
 */
@EchoerAppTest
class BadInputIT extends EndpointTestBase {

    private static final long SEED = Long.getLong("echoer.fuzz.seed", 20240605L);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ONE_MB = 1024 * 1024;

    /** One hostile request body; {@code fslLevel} when the body is read fine and only the FSL in it is bad. */
    private record Case(String label, String contentType, byte[] body, int expected, boolean fslLevel) {

        static Case body(String label, String contentType, byte[] body, int expected) {
            return new Case(label, contentType, body, expected, false);
        }

        static Case fsl(String label, String fsl, int expected) {
            return new Case(label, "text/plain", fsl.getBytes(StandardCharsets.UTF_8), expected, true);
        }
    }

    static Stream<String> fslEndpoints() {
        return Stream.of("/action", "/flow", "/flowrun", "/fsl", "/fsl/check", "/fsl/svg");
    }

    @ParameterizedTest
    @MethodSource("fslEndpoints")
    void fslEndpointsRefuseHostileBodiesAndChangeNothing(String path) {
        Random random = new Random(SEED ^ path.hashCode());
        EngineCounts before = counts();

        for (Case c : concat(bodyCases(random), fslCases(random))) {
            Response answer = api.postBytes(path, c.contentType(), c.body());

            // a NUL character is refused before the FSL is read, by every endpoint alike
            boolean holdsNul = new String(c.body(), StandardCharsets.UTF_8).indexOf('\0') >= 0;
            if (c.fslLevel() && path.equals("/fsl/check") && c.expected() == 400 && !holdsNul) {
                assertThat(answer.status()).as(c.label() + ": " + answer.body()).isEqualTo(200);
                assertThat(answer.json().path("valid").asBoolean()).as(c.label()).isFalse();
            } else {
                refused(answer, c.label(), c.expected());
            }
        }

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void callbackRefusesHostileBodiesAndChangesNothing() {
        Random random = new Random(SEED ^ 1);
        List<Case> cases = new ArrayList<>(bodyCases(random).stream()
                // echoer's services call back with any content type: the body decides
                .filter(c -> c.expected() != 415).toList());
        for (int i = 0; i < 40; i++) {
            cases.add(Case.body("random callback " + i, "application/json", randomCallback(random), -1));
        }
        EngineCounts before = counts();

        for (Case c : cases) {
            refused(api.postBytes("/step", c.contentType(), c.body()), c.label(), c.expected());
        }

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aNulCharacterAnywhereIsRefusedWithItsPlaceAndChangesNothing() {
        EngineCounts before = counts();
        String fsl = TestFsl.seedDemo().replace("step A", "step A\u0000");

        JsonNode inFsl = refused(api.postFsl("/fsl", fsl), "NUL in FSL", 400);
        refused(api.postJson("/step", Map.of("flowId", "run\u0000", "stepName", "A", "ackState", "OK", "uuid", "u", "done", true)),
                "NUL in a callback", 400);
        refused(api.get("/flowrun/a%00b"), "NUL in a path", 400);
        refused(api.get("/step?flowId=%00"), "NUL in a query", 400);

        assertThat(inFsl.path("message").asText()).contains("line " + (TestFsl.lineOf(fsl, "step A\u0000")) + ", column 8");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void startRefusesHostileBodiesAndChangesNothing() {
        String prefix = fixture.deployActions();
        String flow = Fixture.unique("flow");
        assertThat(api.postFsl("/flow", fixture.flow(prefix, flow)).status()).isEqualTo(200);
        Random random = new Random(SEED ^ 2);
        List<Case> cases = new ArrayList<>(bodyCases(random));
        for (String body : List.of("{\"name\": 42}", "{\"name\": \"\"}", "{\"name\": \"   \"}", "{\"name\": [\"r\"]}",
                "{\"name\": {\"r\": 1}}", "{\"name\": null}", "{\"name\": \"r\", \"args\": 7}", "{\"name\": \"r\", \"args\": [1]}",
                "{\"name\": \"r\", \"args\": {\"A\": {\"retry_count\": \"x\"}}}",
                "{\"name\": \"r\", \"args\": {\"A\": {\"retry_count\": 99999999999999999999999}}}",
                "{\"name\": \"r\", \"args\": {\"\\u0000\": {}}}")) {
            cases.add(Case.body(body, "application/json", body.getBytes(StandardCharsets.UTF_8), 400));
        }
        EngineCounts before = counts();

        for (Case c : cases) {
            refused(api.postBytes("/flow/" + flow + "/start", c.contentType(), c.body()), c.label(), c.expected());
        }

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void namedResourcesAnswerOddNamesWith4xxAndChangeNothing() {
        List<String> names = List.of("%00", "%C3%28", "%FF%FE", "..%2F..%2Fetc", "%2F", "a%20b", "%E2%80%AE", "%F0%9F%98%80",
                "x".repeat(3000), "%25", "a;b=c", "%3Cscript%3E", "..", "a%5Cb", "%22quoted%22", "%0D%0ASet-Cookie:x");
        EngineCounts before = counts();

        for (String name : names) {
            for (String path : List.of("/action/" + name, "/flow/" + name, "/flowrun/" + name, "/flow/" + name + "/bpmn",
                    "/flowrun/" + name + "/svg", "/step/" + name + "?flowId=" + name, "/step?flowId=" + name)) {
                refused(api.get(path), "GET " + path, -1);
            }
            for (String path : List.of("/action/" + name, "/flow/" + name + "/" + name, "/flowrun/" + name)) {
                refused(api.delete(path), "DELETE " + path, -1);
            }
            for (String verb : List.of("pause", "continue", "stop")) {
                refused(api.post("/flowrun/" + name + "/" + verb, null, ""), verb + " " + name, -1);
            }
            refused(api.postJson("/flow/" + name + "/start", Map.of("name", Fixture.unique("run"))), "start " + name, -1);
        }

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void listsNeverFailOnOddQueries() {
        for (String list : List.of("/action", "/flow", "/flowrun", "/step", "/event")) {
            for (String query : List.of("name=%00", "name=%C3%28", "name=%25%5F", "name=" + "y".repeat(3000), "page=9999999999",
                    "size=%00", "page=1e3", "name=a&name=b", "flowId=%00")) {
                Response answer = api.get(list + "?" + query);

                assertThat(answer.status()).as(list + "?" + query + ": " + answer.body()).isIn(200, 400, 404);
                noStackTrace(answer, list + "?" + query);
            }
        }
    }

    // ---- the limits, exactly

    @Test
    void aBodyOverTheLimitIs413WithTheLimitNamed() {
        Response declared = api.postBytes("/fsl", "text/plain", new byte[ONE_MB + 1]);

        JsonNode error = refused(declared, "declared length", 413);
        assertThat(error.path("error").asText()).isEqualTo("payload too large");
        assertThat(error.path("message").asText()).contains("1048576 bytes", "echoer.limits.request-body");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        byte[] body = ("{\"data\": \"" + "#".repeat(ONE_MB + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + "/fsl"))
                .header("Content-Type", "application/json")
                // no length known in advance: sent chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .timeout(Duration.ofSeconds(60)).build();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(JSON.readTree(answer.body()).path("message").asText()).contains("echoer.limits.request-body");
    }

    @Test
    void anFslDocumentOverTheCharacterLimitIs413AndDeploysNothing() {
        String name = Fixture.unique("long");
        String fsl = fixture.action(name, "OK") + "#".repeat(500_001);

        JsonNode error = refused(api.postText("/fsl", fsl), "long FSL", 413);

        assertThat(error.path("message").asText()).contains("at most 500000", "echoer.limits.fsl-characters");
        assertThat(api.get("/action?name=" + name).json()).isEmpty();
    }

    /** Its layout recursed deeper than a request thread's stack before big layouts got a thread of their own. */
    @Test
    void aFlowOfExactlyTheStepLimitWithLoopsBackIsDeployed() {
        String action = "s" + Fixture.unique("").replace("_", "");
        assertThat(api.postText("/action", fixture.action(action, "OK | FAIL")).status()).isEqualTo(200);
        String flow = Fixture.unique("limit");

        Response posted = api.postText("/flow", flowOfStepsLoopingBack(action, flow, 2_000));

        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        JsonNode statement = posted.json().path("statements").get(0);
        assertThat(statement.path("name").asText()).isEqualTo(flow);
        assertThat(statement.path("status").asText()).isEqualTo("created");
    }

    @Test
    void aFlowOverTheStepLimitIsRefusedAtItsFirstStepTooManyAndDeploysNothing() {
        String action = "s" + Fixture.unique("").replace("_", "");
        assertThat(api.postText("/action", fixture.action(action, "OK")).status()).isEqualTo(200);
        String flow = Fixture.unique("huge");
        EngineCounts before = counts();

        JsonNode error = refused(api.postText("/flow", flowOfSteps(action, flow, 10_000)), "10,000 steps", 400);

        assertThat(error.path("message").asText()).isEqualTo("flow '" + flow + "' has 10000 steps; at most 2000 are allowed");
        assertThat(error.path("line").asInt()).isEqualTo(2002);
        assertThat(error.path("column").asInt()).isEqualTo(1);
        assertThat(error.path("diagnostics")).anySatisfy(d -> assertThat(d.path("code").asText()).isEqualTo("TOO_MANY_STEPS"));
        assertThat(counts()).isEqualTo(before);
    }

    // ---- cases

    /** Bodies that are wrong before any FSL is read: every JSON-reading endpoint refuses them. */
    private static List<Case> bodyCases(Random random) {
        List<Case> cases = new ArrayList<>();
        String valid = "{\"data\": \"action a\\n addr = \\\"http://127.0.0.1:9/x\\\";\\n method = http;\\n return = (OK);\\naction_end\\n\"}";
        for (int i = 0; i < 15; i++) {
            int cut = 1 + random.nextInt(valid.length() - 2);
            cases.add(json("truncated at " + cut, valid.substring(0, cut), 400));
        }
        for (String wrong : List.of("{\"data\": 42}", "{\"data\": null}", "{\"data\": [\"action a\"]}", "{\"data\": {\"fsl\": 1}}",
                "{\"data\": true}", "[]", "\"action a\"", "42", "null", "{}", "{\"data\": \"a\", \"data\": 1}", "{data: 'x'}",
                "{\"data\": \"x\"} trailing", "\u0000", "")) {
            cases.add(json("wrong type " + wrong, wrong, 400));
        }
        cases.add(json("nested arrays", "[".repeat(200_000), 400));
        cases.add(json("nested objects", "{\"a\":".repeat(100_000), 400));
        cases.add(json("nested data", "{\"data\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}", 400));
        cases.add(Case.body("huge JSON", "application/json", ("{\"data\": \"" + "x".repeat(ONE_MB + 100) + "\"}")
                .getBytes(StandardCharsets.UTF_8), 413));
        cases.add(Case.body("huge text", "text/plain", new byte[2 * ONE_MB], 413));
        for (int i = 0; i < 10; i++) {
            byte[] binary = new byte[1 + random.nextInt(4096)];
            random.nextBytes(binary);
            cases.add(Case.body("binary json " + i, "application/json", binary, 400));
        }
        byte[] invalidUtf8 = {'{', '"', 'd', 'a', 't', 'a', '"', ':', '"', 'a', 'c', 't', 'i', 'o', 'n', ' ', (byte) 0xC3, 0x28, '"', '}'};
        cases.add(Case.body("invalid UTF-8 in JSON", "application/json", invalidUtf8, 400));
        cases.add(Case.body("lone continuation byte", "application/json; charset=UTF-8", new byte[] {'"', (byte) 0x80, '"'}, 400));
        for (String type : List.of("application/xml", "image/png", "multipart/form-data; boundary=x", "application/octet-stream",
                "application/x-www-form-urlencoded", "text/html", "not a type", "application/json; charset=no-such-charset")) {
            cases.add(Case.body("content type " + type, type, "data=action".getBytes(StandardCharsets.UTF_8), 415));
        }
        return cases;
    }

    /** Bodies read fine whose FSL is bad: refused with 400 (413 over the size limit), answered with diagnostics by /fsl/check. */
    private static List<Case> fslCases(Random random) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("binary text", "text/plain", randomBytes(random, 3000), 400, false));
        cases.add(new Case("invalid UTF-8 text", "text/plain", new byte[] {'a', 'c', 't', (byte) 0xFF, (byte) 0xFE}, 400, false));
        cases.add(Case.fsl("huge FSL", "# " + "z".repeat(600_000), 413));
        cases.add(Case.fsl("10,000 steps", flowOfSteps("nowhere", "f" + random.nextInt(1000), 10_000), 400));
        cases.add(Case.fsl("deep parentheses", "flow f\n step A => " + "(".repeat(50_000) + "\nflow_end\n", 400));
        cases.add(Case.fsl("odd names", """
                flow "a/b?c#d\u0000e"
                    step "\u202Eevil" => (OK->"../../etc") { action = "no such action \\u0000"; };
                flow_end
                """, 400));
        String[] tokens = {"action", "flow", "flow_run", "step", "=>", "(", ")", "{", "}", ";", "|", "->", "done", "\"", "`", "/",
            "\n", " ", "addr", "=", "args", "str", "int", "99999999999999999999", "A", "_end", "#", "\u00e9"};
        for (int i = 0; i < 15; i++) {
            StringBuilder soup = new StringBuilder();
            for (int t = random.nextInt(200); t >= 0; t--) {
                soup.append(tokens[random.nextInt(tokens.length)]).append(' ');
            }
            // unknown actions make sure that even a lucky parse is never a valid document
            cases.add(Case.fsl("token soup " + i, soup + "\nflow z\n step A => (OK->done) { action = nowhere_at_all; };\nflow_end\n",
                    400));
        }
        return cases;
    }

    private static Case json(String label, String body, int expected) {
        return Case.body(label, "application/json", body.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static byte[] randomCallback(Random random) {
        ObjectNode callback = JSON.createObjectNode();
        List<String> fields = List.of("flowId", "stepName", "ackState", "uuid", "done", "data", "globalVariables");
        for (String field : fields) {
            switch (random.nextInt(6)) {
                case 0 -> { }
                case 1 -> callback.put(field, random.nextLong());
                case 2 -> callback.put(field, "x" + random.nextInt(1000));
                case 3 -> callback.putArray(field).add(random.nextInt());
                case 4 -> callback.putObject(field).put("k", random.nextBoolean());
                default -> callback.putNull(field);
            }
        }
        return callback.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A chain of steps written tightly, so 10,000 of them stay under the FSL size limit and the step limit speaks. */
    private static String flowOfSteps(String action, String name, int steps) {
        StringBuilder fsl = new StringBuilder("flow " + name + "\n");
        for (int i = 1; i <= steps; i++) {
            String next = i == steps ? "done" : "S" + (i + 1);
            fsl.append("step S").append(i).append("=>(OK->").append(next).append("){action=").append(action).append(";};\n");
        }
        return fsl.append("flow_end\n").toString();
    }

    /** Each step goes on when OK and three steps back when FAIL, so the diagram is full of loops. */
    private static String flowOfStepsLoopingBack(String action, String name, int steps) {
        StringBuilder fsl = new StringBuilder("flow " + name + "\n");
        for (int i = 1; i <= steps; i++) {
            String next = i == steps ? "done" : "S" + (i + 1);
            fsl.append("step S").append(i).append("=>(OK->").append(next).append("|FAIL->S").append(Math.max(1, i - 3))
                    .append("){action=").append(action).append(";};\n");
        }
        return fsl.append("flow_end\n").toString();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    // ---- assertions

    /** A 4xx (the expected one unless -1), the error JSON when it comes from echoer, never a stack trace. */
    private static JsonNode refused(Response answer, String label, int expected) {
        String shown = label.length() > 80 ? label.substring(0, 80) + "..." : label;
        String body = answer.body().length() > 500 ? answer.body().substring(0, 500) + "..." : answer.body();
        if (expected > 0) {
            assertThat(answer.status()).as(shown + ": " + body).isEqualTo(expected);
        } else {
            assertThat(answer.status()).as(shown + ": " + body).isBetween(400, 499);
        }
        noStackTrace(answer, shown);
        if (answer.contentType().startsWith("application/json")) {
            JsonNode error = answer.json();
            assertThat(error.path("error").isTextual()).as(shown + ": " + body).isTrue();
            assertThat(error.path("message").isTextual()).as(shown + ": " + body).isTrue();
            return error;
        }
        return JSON.createObjectNode();
    }

    private static void noStackTrace(Response answer, String label) {
        assertThat(answer.body()).as(label).doesNotContain("at org.", "at java.", "Exception", "\tat ");
    }

    /** What the engine holds, read through Camunda's own REST API. */
    private record EngineCounts(long deployments, long processInstances, long externalTasks, long definitions) {
    }

    private EngineCounts counts() {
        return new EngineCounts(count("/engine-rest/deployment/count"), count("/engine-rest/history/process-instance/count"),
                count("/engine-rest/external-task/count"), count("/engine-rest/process-definition/count"));
    }

    private long count(String path) {
        Response answer = api.get(path);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.json().path("count").asLong();
    }
}
