package org.echoer.fsl.bpmn;

/**
 * Names of the {@code camunda:property} entries that carry an action's definition and a step's
 * arguments inside the BPMN, so a process definition is complete on its own.
 */
public final class ExtensionProperties {

    /** The camunda:versionTag of every generated process: tells the bridge which external tasks are its own. */
    public static final String VERSION_TAG = "echoer";

    /** On the process: {@code flow} or {@code flow_run}. */
    public static final String FLOW_KIND = "echoer.flowKind";
    /** On the process: the FSL name, which the process id may have had to change. */
    public static final String FLOW_NAME = "echoer.flowName";
    /**
     * On the process: {@value #STEPS_SHARE_RUN_EXECUTION} when its steps are not BPMN scopes, so each runs
     * in the run's own execution. Camunda makes every external task a scope, with a child execution
     * created and deleted per step; echoer's steps have nothing to keep in one (no boundary events, no
     * mappings). Processes without it keep Camunda's scopes, so runs already waiting in them stay valid.
     */
    public static final String STEP_EXECUTION = "echoer.stepExecution";
    /** The value of {@link #STEP_EXECUTION} for steps that run in the run's own execution. */
    public static final String STEPS_SHARE_RUN_EXECUTION = "run";

    /** On a service task: the FSL step name. */
    public static final String STEP = "echoer.step";
    /** On a service task: {@code step} or {@code deci}. */
    public static final String STEP_KIND = "echoer.stepKind";
    /** On a service task: the action's name (also the external task topic). */
    public static final String ACTION = "echoer.action";
    /** On a service task: the action's addresses, comma-separated, tried in order. */
    public static final String ADDR = "echoer.addr";
    /** On a service task: http, https or grpc. */
    public static final String METHOD = "echoer.method";
    /** On a service task: the base64 PEM of the CA an https action is trusted with. */
    public static final String CAPEM = "echoer.capem";
    /** On a service task: the action's declared states, comma-separated, in declared order. */
    public static final String STATES = "echoer.states";
    /** On a service task: the action's parameters as {@code type name} pairs, comma-separated. */
    public static final String PARAMS = "echoer.params";
    /** On a service task, followed by an argument name: that argument's value as text. */
    public static final String ARG_PREFIX = "echoer.arg.";

    /** The process variable the gateways route on: the state the action reported. */
    public static final String ACK_STATE_VARIABLE = "ackState";

    private ExtensionProperties() {
    }
}
