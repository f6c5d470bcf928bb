package org.echoer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunEndTest {

    @Test
    void readsWhereARunEndsByItsCommandLineWordAndNamesTheStateItEndsIn() {
        // given
        RunEnd.Converter converter = new RunEnd.Converter();

        // then
        assertThat(converter.convert("first-dispatch")).isEqualTo(RunEnd.FIRST_DISPATCH);
        assertThat(converter.convert("DONE")).isEqualTo(RunEnd.DONE);
        assertThat(RunEnd.FIRST_DISPATCH.state()).isEqualTo("running");
        assertThatThrownBy(() -> converter.convert("first_dispatch"))
                .hasMessage("expected done, first-dispatch, not first_dispatch");
    }
}
