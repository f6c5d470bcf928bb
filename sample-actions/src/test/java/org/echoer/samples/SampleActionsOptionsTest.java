package org.echoer.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SampleActionsOptionsTest {

    @Test
    void defaultsAreThoseOfEchoersDemoServices() {
        SampleActionsOptions options = SampleActionsOptions.builder().build();

        assertThat(options.host()).isEqualTo("0.0.0.0");
        assertThat(options.port()).isEqualTo(18080);
        assertThat(options.callbackUrl()).hasToString("http://localhost:8080/step");
        assertThat(options.state()).isEqualTo(new StateChoice.First());
        assertThat(options.delay()).isZero();
        assertThat(options.callbackBeforeAnswer()).isFalse();
        assertThat(options.failureRate()).isZero();
        assertThat(options.seed()).isEmpty();
        assertThat(options.callbackRetries()).isEqualTo(20);
        assertThat(options.recordBodies()).isTrue();
    }

    @Test
    void routeStatesApplyToTheirPathTheirAliasAndNothingElse() {
        SampleActionsOptions options = SampleActionsOptions.builder()
                .state("random")
                .routeState("approval/", "DISAGREE")
                .routeState("/deploy", "FAIL")
                .build();

        assertThat(options.stateFor("/approval")).isEqualTo(new StateChoice.Named("DISAGREE"));
        assertThat(options.stateFor("/approval/")).isEqualTo(new StateChoice.Named("DISAGREE"));
        assertThat(options.stateFor("/deploy1")).isEqualTo(new StateChoice.Named("FAIL"));
        assertThat(options.stateFor("/approval2")).isEqualTo(new StateChoice.Random());
    }

    @Test
    void anAliasWithItsOwnOverrideKeepsIt() {
        SampleActionsOptions options = SampleActionsOptions.builder()
                .routeState("/deploy", "FAIL")
                .routeState("/deploy1", "SUCCESS")
                .build();

        assertThat(options.stateFor("/deploy")).isEqualTo(new StateChoice.Named("FAIL"));
        assertThat(options.stateFor("/deploy1")).isEqualTo(new StateChoice.Named("SUCCESS"));
    }

    @Test
    void rejectsValuesOutOfRangeNamingThem() {
        assertRejected(b -> b.port(70000), "port must be 0 to 65535, not 70000");
        assertRejected(b -> b.failureRate(1.5), "failure rate must be 0 to 1, not 1.5");
        assertRejected(b -> b.callbackUrl("localhost:8080/step"),
                "callback URL must be an absolute http(s) URL, not 'localhost:8080/step'");
        assertRejected(b -> b.callbackUrl("ftp://host/step"),
                "callback URL must be an absolute http(s) URL, not 'ftp://host/step'");
        assertRejected(b -> b.delay(Duration.ofMillis(-1)), "delay must not be negative, not PT-0.001S");
        assertRejected(b -> b.callbackRetries(-1), "callback retries must not be negative, not -1");
        assertRejected(b -> b.threads(0), "threads must be at least 1, not 0");
        assertRejected(b -> b.callbackConcurrency(0), "callback concurrency must be at least 1, not 0");
    }

    private static void assertRejected(UnaryOperator<SampleActionsOptions.Builder> change, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> change.apply(SampleActionsOptions.builder()).build())
                .withMessage(message);
    }

    @Test
    void toBuilderCopiesEveryValue() {
        SampleActionsOptions options = SampleActionsOptions.builder().port(0).seed(3).routeState("/a", "B")
                .delay(Duration.ofSeconds(1)).quiet(true).build();

        assertThat(options.toBuilder().build()).isEqualTo(options);
    }
}
