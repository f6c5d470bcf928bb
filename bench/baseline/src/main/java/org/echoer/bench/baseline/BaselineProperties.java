package org.echoer.bench.baseline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the baseline under {@code baseline.*}.
 *
 * @param mode what works the external tasks
 * @param workerId the worker id the tasks are locked with; {@code POST /step} completes them under it
 * @param asyncResponseTimeout how long a fetch-and-lock of the client waits for a task (long polling)
 * @param lockDuration how long a fetched task stays locked waiting for its callback
 * @param maxTasks tasks fetched at most per fetch-and-lock (the client's default)
 * @param orderByCreateTime whether the client fetches the oldest tasks first; off by default, as in the client,
 *     which then takes them in the database's order, so under load some tasks wait far longer than others
 * @param actionConnectTimeout the action's connect timeout (echoer's default)
 * @param actionReadTimeout the action's answer timeout (echoer's default)
 * @param floorThreads threads of the floor's fetch-and-lock/complete loop
 * @param floorIdleWait how long a floor thread waits after a fetch that found nothing
 */
@ConfigurationProperties("baseline")
public record BaselineProperties(
        @DefaultValue("client") Mode mode,
        @DefaultValue("camunda-baseline") String workerId,
        @DefaultValue("30s") Duration asyncResponseTimeout,
        @DefaultValue("60s") Duration lockDuration,
        @DefaultValue("10") int maxTasks,
        @DefaultValue("false") boolean orderByCreateTime,
        @DefaultValue("2s") Duration actionConnectTimeout,
        @DefaultValue("10s") Duration actionReadTimeout,
        @DefaultValue("8") int floorThreads,
        @DefaultValue("5ms") Duration floorIdleWait) {

    /** What works the external tasks. */
    public enum Mode {
        /** Camunda's official external-task client over the app's own {@code /engine-rest}, calling the actions. */
        CLIENT,
        /** No HTTP: Java threads fetch, lock and complete each task at once with the happy-path state. */
        FLOOR
    }
}
