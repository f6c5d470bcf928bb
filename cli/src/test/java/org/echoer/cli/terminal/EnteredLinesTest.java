package org.echoer.cli.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnteredLinesTest {

    static List<Arguments> entries() {
        return List.of(
                Arguments.of("a typed line", "list flowrun", List.of("list flowrun")),
                Arguments.of("an empty line", "", List.of("")),
                Arguments.of("a paste without a final line break", "action a\n/", List.of("action a", "/")),
                Arguments.of("a paste with a final line break", "action a\n/\n", List.of("action a", "/")),
                Arguments.of("a final line break ends the last line only", "action a\n\n", List.of("action a", "")),
                Arguments.of("a lone line break", "\n", List.of("")),
                Arguments.of("Windows line breaks", "action a\r\n/\r\n", List.of("action a", "/")),
                Arguments.of("carriage returns", "action a\r/\r", List.of("action a", "/")),
                Arguments.of("empty lines between statements", "/\n\naction b", List.of("/", "", "action b")),
                Arguments.of("tabs stay text", "\taddr = \"x\";\n\t\tb\tc", List.of("\taddr = \"x\";", "\t\tb\tc")),
                Arguments.of("an unfinished statement after a finished one", "action a\n/\naction b\n  method = http;\n",
                        List.of("action a", "/", "action b", "  method = http;")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void splitsAnEntryIntoTheLinesAPersonWouldHaveTyped(String what, String entered, List<String> lines) {
        assertThat(EnteredLines.of(entered)).containsExactlyElementsOf(lines);
    }
}
