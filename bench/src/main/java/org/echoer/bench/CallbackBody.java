package org.echoer.bench;

/** The callback {@code POST /step} of a finished activation (SPEC section 4). */
record CallbackBody(String flowId, String stepName, String ackState, String uuid, boolean done) {
}
