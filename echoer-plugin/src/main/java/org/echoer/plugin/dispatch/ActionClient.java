package org.echoer.plugin.dispatch;

import java.util.concurrent.CompletableFuture;
import org.echoer.plugin.step.StepDefinition;

/** Sends a step's request to its action, trying its addresses in order. The extension point for other transports. */
public interface ActionClient {

    CompletableFuture<ActionCall> post(StepDefinition step, byte[] body);
}
