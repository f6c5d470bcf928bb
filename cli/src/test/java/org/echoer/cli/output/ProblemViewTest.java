package org.echoer.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.echoer.cli.api.Problem;
import org.junit.jupiter.api.Test;

class ProblemViewTest {

    private final ProblemView view = new ProblemView();

    @Test
    void putsTheCaretUnderTheColumnOfTheTypedLine() {
        SourceLines typed = SourceLines.typed(List.of("flow_run r", "  step A => (OK->done) {", "    action = \"x\";"));

        List<String> lines = view.lines(new Problem("error", 3, 14, "unknown action 'x'"), typed, Palette.plain());

        assertThat(lines).containsExactly(
                "error: unknown action 'x' (line 3, column 14)",
                "      action = \"x\";",
                "               ^");
    }

    @Test
    void countsATabAsTheFourSpacesItIsShownAs() {
        SourceLines typed = SourceLines.typed(List.of("\t\taction = \"x\";"));

        List<String> lines = view.lines(new Problem("error", 1, 12, "m"), typed, Palette.plain());

        assertThat(lines.get(1)).isEqualTo("          action = \"x\";");
        assertThat(lines.get(2).indexOf('^')).isEqualTo(lines.get(1).indexOf('"'));
    }

    @Test
    void namesTheFileAndItsOwnLineWhenSeveralFilesMakeTheDocument() {
        SourceLines files = new SourceLines().append("a.fsl", "one\ntwo\n").append("b.fsl", "three\nfour");

        List<String> lines = view.lines(new Problem("warning", 4, 2, "look"), files, Palette.plain());

        assertThat(lines).containsExactly("b.fsl:2:2: warning: look", "  four", "   ^");
        assertThat(files.text()).isEqualTo("one\ntwo\nthree\nfour\n");
    }

    @Test
    void problemWithoutPositionIsOneLine() {
        assertThat(view.lines(new Problem("error", 0, 0, "flow run 'r' exists"), SourceLines.typed(List.of("x")), Palette.plain()))
                .containsExactly("error: flow run 'r' exists");
    }

    @Test
    void colourOnlyWhenAskedFor() {
        List<String> lines = view.lines(new Problem("error", 1, 1, "m"), SourceLines.typed(List.of("x")), new Palette(true));

        assertThat(lines.get(0)).startsWith("\u001b[31merror\u001b[0m: m");
    }
}
