package org.echoer.plugin.run;

import java.util.Locale;

/** A flow run's state as the API names it. */
public enum FlowRunState {
    RUNNING, PAUSED, DONE, STOPPED, FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** From Camunda's historic process instance state and whether an incident is open. */
    static FlowRunState of(String historicState, boolean openIncident) {
        return switch (historicState) {
            case "COMPLETED" -> DONE;
            case "EXTERNALLY_TERMINATED", "INTERNALLY_TERMINATED" -> STOPPED;
            case "SUSPENDED" -> openIncident ? FAILED : PAUSED;
            default -> openIncident ? FAILED : RUNNING;
        };
    }
}
