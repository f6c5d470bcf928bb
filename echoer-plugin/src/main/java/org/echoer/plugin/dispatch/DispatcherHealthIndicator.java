package org.echoer.plugin.dispatch;

import org.echoer.plugin.dispatch.Dispatcher;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** Up while the dispatcher's loop runs: a node whose loop died would take callbacks but send nothing. */
public final class DispatcherHealthIndicator implements HealthIndicator {

    private final Dispatcher dispatcher;

    public DispatcherHealthIndicator(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public Health health() {
        return (dispatcher.isRunning() ? Health.up() : Health.down()).build();
    }
}
