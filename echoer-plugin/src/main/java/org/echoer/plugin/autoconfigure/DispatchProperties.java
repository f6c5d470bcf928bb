package org.echoer.plugin.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.echoer.plugin.dispatch.DispatchSettings;
import org.echoer.plugin.dispatch.RetrySchedule;
import org.echoer.plugin.step.StepTimeouts;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How steps are sent to their actions.
 *
 * @param connectTimeout Time allowed to connect to an action's address before the next address is tried.
 * @param readTimeout Time allowed for an action's answer before the next address is tried.
 * @param retryBackoff Waits before each new attempt of a dispatch that reached no address; after the last one, an incident.
 * @param lease Time a step stays locked while its request is under way; a node that dies mid-request leaves it this long.
 * @param callbackTimeout Time a step may wait for its callback once its action accepted it, unless step-timeouts names it.
 * @param stepTimeouts Step timeouts of single actions, by action name, instead of callback-timeout.
 * @param sweepInterval How often to look for steps no engine signal announced (restarts, other nodes, expired locks).
 * @param batchSize Most steps taken by one fetch.
 * @param maxInFlight Most dispatch requests under way at once.
 * @param threads Threads that send requests and record their outcome.
 * @param workerId This node's name as the lock owner of the steps it dispatches; generated when empty.
 * @param lockOnCreate Whether to lock a step to this node in the transaction that creates it, sparing a fetch per step.
 * @param minFetchGap With lock-on-create, the least time between two fetches woken by the engine's new-step signal.
 */
@ConfigurationProperties("echoer.dispatch")
public record DispatchProperties(
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue({"1s", "5s", "30s"}) List<Duration> retryBackoff,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("7d") Duration callbackTimeout,
        Map<String, Duration> stepTimeouts,
        @DefaultValue("5s") Duration sweepInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("256") int maxInFlight,
        @DefaultValue("8") int threads,
        String workerId,
        @DefaultValue("true") boolean lockOnCreate,
        @DefaultValue("250ms") Duration minFetchGap) {

    /** Most time a delivery waits to be recorded together with others, however long the lease. */
    private static final Duration LONGEST_DELIVERY_RECORD_DELAY = Duration.ofSeconds(1);

    public DispatchProperties {
        retryBackoff = retryBackoff == null ? List.of() : List.copyOf(retryBackoff);
        stepTimeouts = stepTimeouts == null ? Map.of() : Map.copyOf(stepTimeouts);
    }

    /**
     * The dispatcher's settings. An empty worker id is generated here, a new one on every call: the
     * settings are made once, and everything else reads the worker id from them.
     */
    DispatchSettings toSettings() {
        return new DispatchSettings(WorkerIds.orGenerated(workerId), batchSize, maxInFlight, lease, sweepInterval,
                minFetchGapInEffect(), new RetrySchedule(retryBackoff));
    }

    /**
     * Without lock-on-create, every new-step signal may announce a step only a fetch can take, so fetches
     * are not spaced out; with it, most signals are this node's own steps, already taken.
     */
    Duration minFetchGapInEffect() {
        return lockOnCreate ? minFetchGap : Duration.ZERO;
    }

    /** The step timeout of every action: callback-timeout unless step-timeouts names the action. */
    StepTimeouts toStepTimeouts() {
        return new StepTimeouts(callbackTimeout, stepTimeouts);
    }

    /**
     * How long an accepted delivery may wait to be recorded with others: a quarter of the lease at most, so
     * it is recorded long before the lease ends, and a second at most, time enough for nearly every callback.
     */
    Duration deliveryRecordDelay() {
        Duration quarter = lease.dividedBy(4);
        return quarter.compareTo(LONGEST_DELIVERY_RECORD_DELAY) < 0 ? quarter : LONGEST_DELIVERY_RECORD_DELAY;
    }
}
