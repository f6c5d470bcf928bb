package org.echoer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TargetKindTest {

    @Test
    void readsTheTargetsByTheirCommandLineNames() {
        // given
        TargetKind.Converter converter = new TargetKind.Converter();

        // then
        assertThat(converter.convert("echoer")).isEqualTo(TargetKind.ECHOER);
        assertThat(converter.convert("echoer-template")).isEqualTo(TargetKind.ECHOER_TEMPLATE);
        assertThat(converter.convert("camunda-client")).isEqualTo(TargetKind.CAMUNDA_CLIENT);
        assertThat(converter.convert("CAMUNDA-FLOOR")).isEqualTo(TargetKind.CAMUNDA_FLOOR);
        assertThatThrownBy(() -> converter.convert("zeebe")).hasMessageContaining("not zeebe");
    }
}
