package org.echoer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.FslCompiler;

/**
 * The baseline app with Camunda's official external-task client: the BPMN echoer's compiler makes of the
 * workload's flow (as a {@code flow} template, actions pointing at the driver) is deployed once by
 * {@code POST /baseline/flow}; each run is a process instance started through Camunda's REST API with the
 * run's name as business key.
 */
final class CamundaClientTarget implements Target {

    private static final String FLOW_NAME = "bench_flow";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ServerApi api;
    private final ServerList servers;
    private final Workload workload;
    private volatile String processKey;

    CamundaClientTarget(ServerApi api, ServerList servers, Workload workload) {
        this.api = api;
        this.servers = servers;
        this.workload = workload;
    }

    /** The generated BPMN of the workload's flow as a template, and its process id (the definition key). */
    static CompiledFlow compile(Workload workload) {
        CompilationResult compiled = new FslCompiler().compile(workload.actionsFsl() + workload.flowTemplate(FLOW_NAME)
                + "\n/\n");
        if (compiled.hasErrors()) {
            throw new IllegalStateException("the workload's flow does not compile: " + compiled.errors());
        }
        return compiled.flow(FLOW_NAME).orElseThrow();
    }

    @Override
    public ServerApi.Response deploy() throws IOException, InterruptedException {
        CompiledFlow flow = compile(workload);
        ServerApi.Response response = api.postXml(servers.first(), "/baseline/flow", flow.bpmnXml());
        if (response.ok()) {
            processKey = api.json().readTree(response.body()).path("key").asText(flow.processId());
        }
        return response;
    }

    /** The process definition key, once deployed. */
    String processKey() {
        if (processKey == null) {
            throw new IllegalStateException("deploy first");
        }
        return processKey;
    }

    @Override
    public ServerApi.Response start(URI server, String runName) throws IOException, InterruptedException {
        return api.postJson(server, "/engine-rest/process-definition/key/" + ServerApi.encode(processKey()) + "/start",
                Map.of("businessKey", runName), START_TIMEOUT);
    }

    /** From Camunda's history: COMPLETED is echoer's {@code done}, ACTIVE its {@code running}. */
    @Override
    public String runState(String runName) throws IOException, InterruptedException {
        ServerApi.Response response = api.get(servers.first(),
                "/engine-rest/history/process-instance?processInstanceBusinessKey=" + ServerApi.encode(runName));
        if (response.status() != 200) {
            return "[HTTP " + response.status() + "]";
        }
        ObjectMapper json = api.json();
        JsonNode instances = json.readTree(response.body());
        if (!instances.isArray() || instances.isEmpty()) {
            return "[no process instance]";
        }
        String state = instances.get(0).path("state").asText("");
        return switch (state) {
            case "COMPLETED" -> "done";
            case "ACTIVE" -> "running";
            case "SUSPENDED" -> "paused";
            default -> state.toLowerCase(Locale.ROOT);
        };
    }
}
