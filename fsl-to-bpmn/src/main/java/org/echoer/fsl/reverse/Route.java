package org.echoer.fsl.reverse;

/** One way out of a step: on {@code state}, to a step name or done, drawn as flow {@code flowId}. */
record Route(String state, String target, String flowId) {
}
