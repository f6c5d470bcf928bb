package org.echoer.webapp.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the endpoint test classes share: the application on its port, a client for it, and a
 * {@link RecordingActionServer} for the actions of their {@link Fixture}.
 */
@EchoerAppTest
public abstract class EndpointTestBase {

    protected static RecordingActionServer server;

    @LocalServerPort
    protected int port;

    @Autowired
    private ProcessEngine engine;

    protected ApiClient api;
    protected Fixture fixture;

    @BeforeAll
    static void startActionServer() {
        server = new RecordingActionServer();
    }

    @AfterAll
    static void stopActionServer() {
        server.close();
    }

    @BeforeEach
    void connect() {
        api = client(new ApiClient(port));
        fixture = new Fixture(api, server, engine.getExternalTaskService());
    }

    /** The client the tests and their fixture use: a class with security on adds its credentials. */
    protected ApiClient client(ApiClient anonymous) {
        return anonymous;
    }
}
