package org.echoer.fsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.echoer.fsl.check.Diagnostic;

/** Mutated FSL, valid or not, only ever gives diagnostics with sane positions; never an exception. */
class FslFuzzTest {

    private static final String SEED = Examples.seedDemo();
    private static final List<String> FRAGMENTS = List.of(
            "/", "//", "#", "\"", "`", "(", ")", "{", "}", ";", ",", "|", "->", "=>", "=", "done", "DONE", "step",
            "deci", "flow", "flow_run", "flow_end", "flow_run_end", "action", "action_end", "args", "addr", "method",
            "https", "grpc", "secret", "capem", "str", "int", "-1", "99999999999999999999", "A", "Z", "\n", "\t", " ",
            "\u00e9", "\u0000", "\\", "$");

    private final FslCompiler compiler = new FslCompiler();

    @Property(tries = 300)
    void grammarAwareMutationsOnlyGiveDiagnostics(@ForAll("mutatedSeed") String fsl) {
        assertOnlyDiagnostics(fsl);
    }

    @Property(tries = 200)
    void randomTextOnlyGivesDiagnostics(@ForAll("randomText") String fsl) {
        assertOnlyDiagnostics(fsl);
    }

    @Property(tries = 200, seed = "20240605")
    void randomBytesOnlyGiveDiagnostics(@ForAll("randomBytes") byte[] bytes) {
        // what a server makes of a body that is not UTF-8 at all: replacement characters, controls, NULs
        assertOnlyDiagnostics(new String(bytes, StandardCharsets.UTF_8));
        assertOnlyDiagnostics(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    private void assertOnlyDiagnostics(String fsl) {
        CompilationResult result = compiler.compile(fsl);
        int lines = (int) fsl.lines().count() + 1;
        for (Diagnostic d : result.diagnostics()) {
            assertThat(d.line()).isBetween(1, lines);
            assertThat(d.column()).isPositive();
            assertThat(d.message()).isNotBlank();
        }
        if (!result.hasErrors()) {
            assertThat(result.flows()).hasSize(result.document().flows().size());
        }
    }

    @Provide
    Arbitrary<String> mutatedSeed() {
        Arbitrary<Tuple.Tuple3<Integer, Integer, String>> edit = Arbitraries.integers().between(0, SEED.length())
                .flatMap(at -> Arbitraries.integers().between(0, 12)
                        .flatMap(cut -> Arbitraries.of(FRAGMENTS).map(text -> Tuple.of(at, cut, text))));
        return edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> {
            String text = SEED;
            for (var e : edits) {
                int at = Math.min(e.get1(), text.length());
                int end = Math.min(text.length(), at + e.get2());
                text = text.substring(0, at) + e.get3() + text.substring(end);
            }
            return text;
        });
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
    }

    @Provide
    Arbitrary<String> randomText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars("actionflowrunstepdeci_end(){};=>-|/#\"` \n0123456789ADXYZ").ofMaxLength(300));
    }
}
