package org.echoer.fsl.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMetricsTest {

    @Test
    void wrapsAtSpaces() {
        assertThat(TextMetrics.wrap("Check (check-action)", 88, 5)).containsExactly("Check", "(check-action)");
    }

    @Test
    void breaksLongWordsAfterAHyphenFirst() {
        List<String> lines = TextMetrics.wrap("(a-rather-long-action-name)", 88, 5);

        assertThat(lines).allSatisfy(line -> assertThat(TextMetrics.width(line)).isLessThanOrEqualTo(88));
        assertThat(String.join("", lines)).isEqualTo("(a-rather-long-action-name)");
        assertThat(lines.get(0)).endsWith("-");
    }

    @Test
    void endsWithAnEllipsisWhenLinesRunOut() {
        List<String> lines = TextMetrics.wrap("one two three four five six seven eight nine ten", 40, 2);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("\u2026");
    }

    @Test
    void givesUpperCaseLabelsMoreRoomThanLowerCase() {
        assertThat(TextMetrics.labelWidth("SUCCESS")).isGreaterThan(TextMetrics.labelWidth("success"));
        assertThat(TextMetrics.labelHeight()).isGreaterThanOrEqualTo(TextMetrics.FONT_SIZE);
    }
}
