package org.echoer.bench;

import java.io.IOException;
import java.net.URI;

/** How the driver gets runs going on the server under test: deploy the workload once, start each run, read its state. */
interface Target {

    /** Deploys what the runs need, on the first node (the nodes share one database). */
    ServerApi.Response deploy() throws IOException, InterruptedException;

    /** Starts the run {@code runName} on {@code server}. */
    ServerApi.Response start(URI server, String runName) throws IOException, InterruptedException;

    /** The run's state in echoer's words ({@code done} once finished), or what went wrong in brackets. */
    String runState(String runName) throws IOException, InterruptedException;
}
