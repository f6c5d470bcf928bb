package org.echoer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunVerifierTest {

    @Test
    void samplesRunsEvenlyIncludingTheFirstAndTheLast() {
        assertThat(RunVerifier.sample(List.of("a", "b", "c", "d", "e", "f", "g"), 3)).containsExactly("a", "d", "g");
    }

    @Test
    void samplesEveryRunWhenThereAreFewerThanTheSampleSize() {
        assertThat(RunVerifier.sample(List.of("a", "b"), 5)).containsExactly("a", "b");
    }
}
