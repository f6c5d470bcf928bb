package org.echoer.plugin.step;

import java.time.Duration;
import java.util.Map;

/**
 * How long a step may wait for its callback once its action accepted it: per action, or the default.
 * When it has passed, the step becomes an incident (a heartbeat, {@code done: false}, starts it again).
 */
public final class StepTimeouts {

    /** The variable that marks a step whose POST was accepted: its expired lock is then a timeout. */
    public static final String ACCEPTED_PREFIX = "echoer.accepted.";

    private final Duration byDefault;
    private final Map<String, Duration> byAction;

    public StepTimeouts(Duration byDefault, Map<String, Duration> byAction) {
        this.byDefault = byDefault;
        this.byAction = Map.copyOf(byAction);
    }

    public Duration of(String action) {
        return byAction.getOrDefault(action, byDefault);
    }

    /** The marker variable of one activation. */
    public static String acceptedMarker(String activationId) {
        return ACCEPTED_PREFIX + activationId;
    }
}
