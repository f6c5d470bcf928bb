package org.echoer.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "0ms, 0",
        "200ms, 200",
        "2s, 2000",
        "1.5s, 1500",
        "2m, 120000",
        "1h, 3600000",
        "' 250 ms ', 250",
        "PT2S, 2000",
        "pt0.1s, 100"})
    void parsesWhatPeopleType(String text, long millis) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "200", "2 seconds", "-1s", "1.s", "PT-1S", "ms"})
    void rejectsAnythingElseSayingWhatWouldDo(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'" + text + "' is not a duration: use 0 or a number with ms, s, m or h, such as 200ms or 2s");
    }
}
