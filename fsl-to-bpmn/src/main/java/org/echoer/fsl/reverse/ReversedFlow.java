package org.echoer.fsl.reverse;

/** The FSL of one process: its actions, then its flow or flow run. */
public record ReversedFlow(String processId, String fsl) {
}
