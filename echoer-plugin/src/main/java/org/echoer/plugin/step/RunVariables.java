package org.echoer.plugin.step;

/** The process variables a flow run keeps. */
public final class RunVariables {

    /**
     * The state a step's callback reported, for its gateway to route on: a transient variable of the
     * completion in echoer's own processes, stored in a process drawn by hand.
     */
    public static final String ACK_STATE = org.echoer.fsl.bpmn.ExtensionProperties.ACK_STATE_VARIABLE;
    /** The flow run's global variables, a JSON object, sent to every step. */
    public static final String GLOBALS = "globalVariables";
    /** Arguments given when a template was started, a JSON object {step: {argument: value}}. */
    public static final String START_ARGS = "echoer.args";
    /** Followed by an activation's uuid: what its callbacks reported, a JSON object. */
    public static final String ACTIVATION_PREFIX = "echoer.activation.";

    private RunVariables() {
    }
}
