package org.echoer.plugin.run;

/** No flow run (or flow) of that name. */
public final class FlowRunNotFoundException extends RuntimeException {

    public FlowRunNotFoundException(String message) {
        super(message);
    }
}
