package org.echoer.fsl.check;

/** One code per kind of problem, stable for tools and tests. */
public enum DiagnosticCode {
    SYNTAX,
    /** A statement where the request takes another kind (POST /action with a flow), or none at all. */
    UNEXPECTED_STATEMENT,
    NUMBER_OUT_OF_RANGE,
    DUPLICATE_ATTRIBUTE,
    DUPLICATE_DEFINITION,
    MISSING_ATTRIBUTE,
    UNKNOWN_METHOD,
    INVALID_ADDRESS,
    HTTPS_WITHOUT_SECRET,
    INVALID_CAPEM,
    UNKNOWN_SECRET_KEY,
    UNKNOWN_TYPE,
    DUPLICATE_PARAMETER,
    DUPLICATE_RETURN_STATE,
    EMPTY_FLOW,
    DUPLICATE_STEP,
    RESERVED_STEP_NAME,
    MISSING_ACTION,
    UNKNOWN_ACTION,
    UNKNOWN_ARGUMENT,
    DUPLICATE_ARGUMENT,
    ARGUMENT_TYPE,
    UNDECLARED_STATE,
    DUPLICATE_STATE,
    MISSING_TARGET,
    UNKNOWN_TARGET,
    MISSING_ARGUMENT,
    /** A step no run reaches: a warning, and the step is left out of the process. */
    UNREACHABLE_STEP,
    /** A step from which no run finishes, in a flow whose runs can finish from the first step. */
    NO_PATH_TO_DONE,
    /** A flow no run of which can reach done: its process would have no end event. */
    NEVER_DONE,
    /** A flow with more steps than the deployment allows. */
    TOO_MANY_STEPS,
    /** An action address on a host the deployment does not allow. */
    HOST_NOT_ALLOWED,
    /** An action address the deployment's address guard refuses (link-local, multicast, a metadata service...). */
    ADDRESS_REFUSED
}
