package org.echoer.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.TypeConversionException;

/** Reads an enum constant from the word the command line writes for it ({@code echoer-template}, {@code first-dispatch}). */
final class CommandLineWords {

    private CommandLineWords() {
    }

    /** @throws TypeConversionException naming every word there is, when {@code value} is none of them */
    static <E extends Enum<E>> E parse(E[] constants, Function<E, String> word, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return Arrays.stream(constants).filter(constant -> word.apply(constant).equals(lower)).findFirst()
                .orElseThrow(() -> new TypeConversionException("expected "
                        + Arrays.stream(constants).map(word).collect(Collectors.joining(", ")) + ", not " + value));
    }
}
