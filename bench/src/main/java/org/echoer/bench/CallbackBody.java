package org.echoer.bench;

/** The callback {@code POST /step} of a finished activation (docs/api.md, "The callback"). */
record CallbackBody(String flowId, String stepName, String ackState, String uuid, boolean done) {
}
