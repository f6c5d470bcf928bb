package org.echoer.cli.support;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The real application for the terminal's integration tests: the Camunda engine with the echoer plugin
 * and its REST API, assembled from the same auto-configurations the webapp uses (without Cockpit).
 */
@SpringBootApplication
public class EchoerTestApplication {
}
