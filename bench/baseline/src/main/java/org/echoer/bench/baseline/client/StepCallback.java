package org.echoer.bench.baseline.client;

/** The callback {@code POST /step} of an action (docs/api.md, "The callback"); {@code uuid} is the external task's id. */
record StepCallback(String flowId, String stepName, String ackState, String uuid, Boolean done) {
}
