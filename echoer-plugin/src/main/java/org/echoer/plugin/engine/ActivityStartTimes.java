package org.echoer.plugin.engine;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When the activity instances this node started began, until they end. Camunda reads an activity
 * instance's start time back from {@code ACT_HI_ACTINST} as it ends (its duration needs it): for a step,
 * one more query in the callback's transaction. Instances another node ends, or that never end, stay here
 * until they are the oldest beyond {@code capacity}; for them, and after a restart, the database answers.
 */
final class ActivityStartTimes {

    private final Map<String, Date> startTimes;

    ActivityStartTimes(int capacity) {
        this.startTimes = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Date> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void started(String activityInstanceId, Date startTime) {
        if (activityInstanceId != null && startTime != null) {
            startTimes.put(activityInstanceId, startTime);
        }
    }

    /** The start time, if known; the instance is forgotten, since it has ended. */
    synchronized Date ended(String activityInstanceId) {
        return startTimes.remove(activityInstanceId);
    }

    /** The start time of an instance that goes on, if known. */
    synchronized Date of(String activityInstanceId) {
        return startTimes.get(activityInstanceId);
    }

    synchronized int size() {
        return startTimes.size();
    }
}
