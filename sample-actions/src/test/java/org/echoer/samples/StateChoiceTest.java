package org.echoer.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StateChoiceTest {

    private static final List<String> STATES = List.of("SUCCESS", "FAIL", "RETRY");

    @Test
    void firstIsTheFirstDeclaredState() {
        assertThat(StateChoice.parse("first").choose(STATES, new Random(1))).isEqualTo("SUCCESS");
    }

    @Test
    void randomOnlyEverPicksDeclaredStatesAndReachesEach() {
        StateChoice random = StateChoice.parse("random");
        Random generator = new Random(7);

        List<String> picks = IntStream.range(0, 200)
                .mapToObj(i -> random.choose(STATES, generator)).toList();

        assertThat(picks).isSubsetOf(STATES).containsAll(STATES);
    }

    @Test
    void aNameIsThatStateWhenDeclaredElseTheFirst() {
        StateChoice fail = StateChoice.parse("FAIL");

        assertThat(fail.choose(STATES, new Random(1))).isEqualTo("FAIL");
        assertThat(fail.choose(List.of("AGREE", "DISAGREE"), new Random(1))).isEqualTo("AGREE");
    }

    @Test
    void keywordsAreLowerCaseSoUpperCaseNamesAreStates() {
        assertThat(StateChoice.parse("FIRST")).isEqualTo(new StateChoice.Named("FIRST"));
        assertThat(StateChoice.parse("random")).isEqualTo(new StateChoice.Random());
    }

    @Test
    void rejectsABlankChoice() {
        assertThatIllegalArgumentException().isThrownBy(() -> StateChoice.parse(" "))
                .withMessageContaining("'first', 'random' or a state name");
    }
}
