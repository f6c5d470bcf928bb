package org.echoer.plugin.event;

/** What {@code /watch} reports. */
public enum EventType {
    FLOW_RUN_STARTED,
    STEP_DISPATCHED,
    STEP_ACKNOWLEDGED,
    FLOW_RUN_DONE,
    FLOW_RUN_STOPPED,
    FLOW_RUN_FAILED
}
