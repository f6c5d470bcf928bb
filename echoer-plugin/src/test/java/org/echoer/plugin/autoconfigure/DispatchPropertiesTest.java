package org.echoer.plugin.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.echoer.plugin.dispatch.DispatchSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DispatchPropertiesTest {

    static DispatchProperties dispatch(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("echoer.dispatch", DispatchProperties.class);
    }

    @Test
    void generatesAWorkerIdOnlyWhenNoneIsConfigured() {
        assertThat(dispatch(Map.of("echoer.dispatch.worker-id", "node-a")).toSettings().workerId()).isEqualTo("node-a");
        String generated = dispatch(Map.of("echoer.dispatch.worker-id", " ")).toSettings().workerId();
        assertThat(generated).matches("echoer@.+/[0-9a-f]{8}");
        assertThat(dispatch(Map.of()).toSettings().workerId()).startsWith("echoer@").isNotEqualTo(generated);
    }

    @Test
    void spacesOutSignalledFetchesOnlyWithLockOnCreate() {
        DispatchSettings locking = dispatch(Map.of("echoer.dispatch.min-fetch-gap", "400ms")).toSettings();
        DispatchSettings notLocking = dispatch(Map.of("echoer.dispatch.min-fetch-gap", "400ms",
                "echoer.dispatch.lock-on-create", "false")).toSettings();

        assertThat(locking.minFetchGap()).isEqualTo(Duration.ofMillis(400));
        assertThat(notLocking.minFetchGap()).isZero();
    }

    @Test
    void recordsDeliveriesWithinAQuarterOfTheLeaseAndASecond() {
        assertThat(dispatch(Map.of()).deliveryRecordDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(dispatch(Map.of("echoer.dispatch.lease", "2s")).deliveryRecordDelay()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void givesEachActionItsOwnStepTimeoutOrTheCallbackTimeout() {
        var timeouts = dispatch(Map.of("echoer.dispatch.step-timeouts.approval", "2h", "echoer.dispatch.callback-timeout", "1d"))
                .toStepTimeouts();

        assertThat(timeouts.of("approval")).isEqualTo(Duration.ofHours(2));
        assertThat(timeouts.of("deploy")).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void retriesAfterEachWaitOfTheBackoff() {
        var retry = dispatch(Map.of("echoer.dispatch.retry-backoff", "1s,1m")).toSettings().retry();

        assertThat(retry.retries()).isEqualTo(2);
        assertThat(retry.waitBefore(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(retry.waitBefore(1)).isEqualTo(Duration.ofMinutes(1));
    }
}
