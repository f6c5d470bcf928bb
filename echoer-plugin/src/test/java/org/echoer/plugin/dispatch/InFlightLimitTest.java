package org.echoer.plugin.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.echoer.plugin.dispatch.InFlightLimit.Permit;
import org.junit.jupiter.api.Test;

/** The in-flight limit neither leaks nor grows, however a dispatch gives its permit back. */
class InFlightLimitTest {

    private final InFlightLimit limit = new InFlightLimit(3);

    @Test
    void aPermitGivenBackTwiceCountsOnce() throws InterruptedException {
        Permit permit = limit.take();
        assertThat(limit.free()).isEqualTo(2);

        permit.release();
        permit.release();

        assertThat(limit.free()).isEqualTo(3);
    }

    @Test
    void aFetchTakesEveryFreePermit() throws InterruptedException {
        Permit sending = limit.take();

        List<Permit> forTheFetch = limit.takeAllFree();

        assertThat(forTheFetch).hasSize(2);
        assertThat(limit.free()).isZero();
        sending.release();
        forTheFetch.forEach(Permit::release);
        assertThat(limit.free()).isEqualTo(3);
    }

    @Test
    void withNoPermitFreeAFetchWaitsForOneToBeGivenBack() throws Exception {
        List<Permit> all = limit.takeAllFree();
        CompletableFuture<List<Permit>> taken = new CompletableFuture<>();
        Thread fetch = new Thread(() -> {
            try {
                taken.complete(limit.takeAllFree());
            } catch (InterruptedException e) {
                taken.completeExceptionally(e);
            }
        });
        fetch.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> fetch.getState() == Thread.State.WAITING);
        assertThat(taken).isNotDone();

        all.get(0).release();

        assertThat(taken.get(10, TimeUnit.SECONDS)).hasSize(1);
    }
}
