package org.echoer.bench;

import java.io.IOException;
import java.net.URI;

/** echoer: the workload's actions by {@code POST /fsl}, each run by {@code POST /flowrun}. */
final class EchoerTarget implements Target {

    private final ServerApi api;
    private final ServerList servers;
    private final Workload workload;

    EchoerTarget(ServerApi api, ServerList servers, Workload workload) {
        this.api = api;
        this.servers = servers;
        this.workload = workload;
    }

    @Override
    public ServerApi.Response deploy() throws IOException, InterruptedException {
        return api.postText(servers.first(), "/fsl", workload.actionsFsl());
    }

    @Override
    public ServerApi.Response start(URI server, String runName) throws IOException, InterruptedException {
        return api.postText(server, "/flowrun", workload.flowRun(runName));
    }

    @Override
    public String runState(String runName) throws IOException, InterruptedException {
        return api.flowRunState(servers.first(), runName);
    }
}
