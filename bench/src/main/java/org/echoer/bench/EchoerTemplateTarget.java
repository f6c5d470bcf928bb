package org.echoer.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * echoer with the workload deployed once as a {@code flow} template and each run started by
 * {@code POST /flow/{name}/start}: the same shape of work as the Camunda baselines, which deploy once and
 * start process instances. (The {@code echoer} target's {@code POST /flowrun} also parses and checks each
 * run's FSL; its first run deploys the shape's definition, later runs start from it.)
 */
final class EchoerTemplateTarget implements Target {

    static final String FLOW_NAME = "bench_template";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ServerApi api;
    private final ServerList servers;
    private final Workload workload;
    private final boolean withArguments;

    /**
     * @param withArguments each start carries the flow run's argument values (as a pipeline's run of a template
     *     gives its own), which the run then keeps as a variable; without, the runs take the template's own values
     */
    EchoerTemplateTarget(ServerApi api, ServerList servers, Workload workload, boolean withArguments) {
        this.api = api;
        this.servers = servers;
        this.workload = workload;
        this.withArguments = withArguments;
    }

    @Override
    public ServerApi.Response deploy() throws IOException, InterruptedException {
        return api.postText(servers.first(), "/fsl", workload.actionsFsl() + "\n/\n" + workload.flowTemplate(FLOW_NAME) + "\n/\n");
    }

    @Override
    public ServerApi.Response start(URI server, String runName) throws IOException, InterruptedException {
        Map<String, Object> body = withArguments ? Map.of("name", runName, "args", workload.arguments()) : Map.of("name", runName);
        return api.postJson(server, "/flow/" + FLOW_NAME + "/start", body, START_TIMEOUT);
    }

    @Override
    public String runState(String runName) throws IOException, InterruptedException {
        return api.flowRunState(servers.first(), runName);
    }
}
