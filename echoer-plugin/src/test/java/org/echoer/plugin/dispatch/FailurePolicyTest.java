package org.echoer.plugin.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echoer.plugin.step.StepDefinition;
import org.junit.jupiter.api.Test;

/** What a failed dispatch leads to (retry after a wait, or an incident) and the message it leaves. */
class FailurePolicyTest {

    private static final StepDefinition STEP = new StepDefinition("pay", "billing", List.of("http://billing/pay"), "http",
            Optional.empty(), List.of("OK"), Map.of(), Map.of(), List.of());
    private static final ActionCall NOBODY_ACCEPTED = new ActionCall(null, List.of("http://a/pay: 503", "http://b/pay: connection refused"));

    private final FailurePolicy policy = new FailurePolicy(new RetrySchedule(List.of(Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofSeconds(10))));

    @Test
    void aFirstFailureGetsEveryRetryAndTheShortestWait() {
        Failure failure = policy.actionFailed(STEP, null, NOBODY_ACCEPTED, null);

        assertThat(failure.retriesLeft()).isEqualTo(3);
        assertThat(failure.waitMillis()).isEqualTo(100);
        assertThat(failure.retried()).isTrue();
        assertThat(failure.message()).isEqualTo("action 'billing' failed: http://a/pay: 503; http://b/pay: connection refused");
    }

    @Test
    void eachFurtherFailureCountsDownAndWaitsLonger() {
        assertThat(policy.actionFailed(STEP, 3, NOBODY_ACCEPTED, null)).extracting(Failure::retriesLeft, Failure::waitMillis)
                .containsExactly(2, 1_000L);
        assertThat(policy.actionFailed(STEP, 2, NOBODY_ACCEPTED, null)).extracting(Failure::retriesLeft, Failure::waitMillis)
                .containsExactly(1, 10_000L);
    }

    @Test
    void theLastRetryFailingRaisesAnIncidentWithoutWait() {
        Failure failure = policy.actionFailed(STEP, 1, NOBODY_ACCEPTED, null);

        assertThat(failure.retriesLeft()).isZero();
        assertThat(failure.waitMillis()).isZero();
        assertThat(failure.retried()).isFalse();
    }

    @Test
    void addressesThePolicyRefusesRaiseAnIncidentAtOnce() {
        ActionCall refused = new ActionCall(null, List.of("http://10.0.0.1/pay: refused by the address guard"), true);

        Failure failure = policy.actionFailed(STEP, null, refused, null);

        assertThat(failure.retried()).isFalse();
        assertThat(failure.message()).isEqualTo("action 'billing' failed: http://10.0.0.1/pay: refused by the address guard");
    }

    @Test
    void aPostThatFailedOutrightIsRetriedAndNamesItsError() {
        Failure failure = policy.actionFailed(STEP, null, null, new HttpTimeoutException("request timed out"));

        assertThat(failure.retriesLeft()).isEqualTo(3);
        assertThat(failure.message()).isEqualTo("action 'billing' failed: java.net.http.HttpTimeoutException: request timed out");
    }

    @Test
    void aRequestThatCannotBeBuiltRaisesAnIncidentAtOnce() {
        Failure failure = policy.requestNotBuilt("Task_Pay", new IllegalArgumentException("no step Task_Pay"));

        assertThat(failure.retried()).isFalse();
        assertThat(failure.waitMillis()).isZero();
        assertThat(failure.message()).isEqualTo("cannot build the request for step Task_Pay: no step Task_Pay");
    }

    @Test
    void aMissingCallbackRaisesAnIncidentNamingTheStepTimeout() {
        Failure failure = policy.noCallback(STEP, Duration.ofMinutes(5));

        assertThat(failure.retried()).isFalse();
        assertThat(failure.message()).isEqualTo("step 'pay' got no callback within PT5M after action 'billing' accepted it (step timeout)");
    }

    @Test
    void withoutBackoffTheFirstFailureIsAnIncident() {
        Failure failure = new FailurePolicy(new RetrySchedule(List.of())).actionFailed(STEP, null, NOBODY_ACCEPTED, null);

        assertThat(failure.retried()).isFalse();
        assertThat(failure.waitMillis()).isZero();
    }

    @Test
    void theIncidentMessageKeepsTheFirst600CharactersAndMarksTheCut() {
        String longest = "x".repeat(Failure.SHORT_MESSAGE_LENGTH);

        assertThat(new Failure(longest, 0, 0).shortMessage()).isEqualTo(longest);
        assertThat(new Failure(longest + "yz", 0, 0).shortMessage()).isEqualTo(longest + "...");
        assertThat(new Failure(longest + "yz", 0, 0).message()).as("the details keep it whole").isEqualTo(longest + "yz");
    }
}
