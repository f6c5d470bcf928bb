package org.echoer.bench;

import picocli.CommandLine.ITypeConverter;

/** Where the driver counts a run as through ({@code --until}). */
enum RunEnd {

    /** Its last step's callback was accepted: the run is {@code done}. */
    DONE("done", "done"),
    /**
     * Its first step reached the action service, which answers and does not call back: the run has started and
     * stays at its first step ({@code running}). Measures starts alone.
     */
    FIRST_DISPATCH("first-dispatch", "running");

    private final String word;
    private final String state;

    RunEnd(String word, String state) {
        this.word = word;
        this.state = state;
    }

    /** The state the server reports for a run the driver counts as through. */
    String state() {
        return state;
    }

    /** Reads {@code --until}. */
    static final class Converter implements ITypeConverter<RunEnd> {

        @Override
        public RunEnd convert(String value) {
            return CommandLineWords.parse(values(), end -> end.word, value);
        }
    }
}
