package org.echoer.plugin.dispatch;

import java.time.Duration;
import java.util.List;

/**
 * How often, and after how long, a dispatch that reached no address is tried again before it becomes
 * an incident. Camunda counts retries down on the external task; this maps the count to a wait.
 */
public record RetrySchedule(List<Duration> backoff) {

    public RetrySchedule {
        backoff = List.copyOf(backoff);
    }

    /** Retries a fresh task gets when its first attempt fails. */
    public int retries() {
        return backoff.size();
    }

    /**
     * @param retriesBefore the task's retries before this failure, null on the first failure
     * @return the retries left after this failure; 0 means raise an incident
     */
    public int retriesAfterFailure(Integer retriesBefore) {
        return retriesBefore == null ? retries() : Math.max(0, retriesBefore - 1);
    }

    /** How long to wait before the attempt that has {@code retriesLeft} retries left. */
    public Duration waitBefore(int retriesLeft) {
        if (retriesLeft <= 0 || backoff.isEmpty()) {
            return Duration.ZERO;
        }
        return backoff.get(Math.max(0, Math.min(backoff.size() - 1, backoff.size() - retriesLeft)));
    }
}
