package org.echoer.plugin.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * What operators watch, as Micrometer meters (exported at {@code /actuator/prometheus}):
 * <ul>
 * <li>{@code echoer.dispatches} (action, outcome accepted|failed): dispatch attempts;</li>
 * <li>{@code echoer.dispatch.failures} (action): attempts no address accepted;</li>
 * <li>{@code echoer.dispatch.delay}: from a step being ready (its transaction committed, or a sweep found it)
 * to its POST leaving;</li>
 * <li>{@code echoer.action.latency} (action, outcome): from the POST leaving to the action's answer;</li>
 * <li>{@code echoer.callbacks} (outcome): callbacks by how they ended;</li>
 * <li>{@code echoer.callbacks.batch} (outcome committed|failed): callbacks and run starts per transaction of
 * group commit; a failed batch commits in halves, down to the one that failed;</li>
 * <li>{@code echoer.activations.open}, {@code echoer.incidents.open}: gauges read from the engine when
 * scraped.</li>
 * </ul>
 */
public final class EchoerMetrics {

    private final MeterRegistry registry;
    private final Timer dispatchDelay;

    public EchoerMetrics(MeterRegistry registry, ExternalTaskService externalTasks, RuntimeService runtime) {
        this.registry = registry;
        this.dispatchDelay = Timer.builder("echoer.dispatch.delay")
                .description("time from a step being ready to its dispatch POST leaving")
                .publishPercentileHistogram()
                .register(registry);
        Gauge.builder("echoer.activations.open", externalTasks,
                        tasks -> tasks.createExternalTaskQuery().count())
                .description("step activations (external tasks) waiting to be dispatched or for their callback")
                .register(registry);
        Gauge.builder("echoer.incidents.open", runtime, engine -> engine.createIncidentQuery().count())
                .description("open incidents: steps whose dispatch failed after every retry")
                .register(registry);
    }

    /** A step's POST is leaving {@code readySince} (System.nanoTime) after the step became ready. */
    public void dispatching(long readySinceNanos) {
        dispatchDelay.record(Duration.ofNanos(System.nanoTime() - readySinceNanos));
    }

    /** A dispatch attempt ended, accepted or not, {@code latency} after its POST left. */
    public void dispatched(String action, boolean accepted, Duration latency) {
        String outcome = accepted ? "accepted" : "failed";
        Counter.builder("echoer.dispatches").description("dispatch attempts")
                .tag("action", action).tag("outcome", outcome).register(registry).increment();
        if (!accepted) {
            Counter.builder("echoer.dispatch.failures").description("dispatch attempts that no address accepted")
                    .tag("action", action).register(registry).increment();
        }
        Timer.builder("echoer.action.latency").description("time from a dispatch POST leaving to the action's answer")
                .tag("action", action).tag("outcome", outcome).register(registry).record(latency);
    }

    /** A callback was answered with this outcome. */
    public void callback(String outcome) {
        Counter.builder("echoer.callbacks").description("callbacks by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }

    /** A transaction of {@code size} callbacks and starts committed, or failed and left them to run again. */
    public void callbackBatch(int size, boolean committed) {
        DistributionSummary.builder("echoer.callbacks.batch").description("callbacks and run starts per transaction (group commit)")
                .tag("outcome", committed ? "committed" : "failed").register(registry).record(size);
    }
}
