package org.echoer.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Asks the server, for an evenly spread sample of runs, whether each is in the state expected ({@code done}). */
final class RunVerifier {

    private static final int POLLS = 50;
    private static final long POLL_MILLIS = 200;

    private final Target target;
    private final String expected;

    RunVerifier(Target target, String expected) {
        this.target = target;
        this.expected = expected;
    }

    /** @param notDone sampled run name to the state the server reported last, where it was not the one expected */
    record Verification(int checked, Map<String, String> notDone) {

        boolean ok() {
            return notDone.isEmpty();
        }
    }

    /** Waits up to 10 s per run for the state, since the server may finish the run just after the final callback. */
    Verification verify(List<String> sample) throws InterruptedException {
        Map<String, String> notDone = new LinkedHashMap<>();
        for (String name : sample) {
            String state = state(name);
            for (int poll = 1; poll < POLLS && !expected.equals(state); poll++) {
                Thread.sleep(POLL_MILLIS);
                state = state(name);
            }
            if (!expected.equals(state)) {
                notDone.put(name, state);
            }
        }
        return new Verification(sample.size(), notDone);
    }

    /** Up to {@code size} names spread evenly over {@code names}, always including the first and the last. */
    static List<String> sample(List<String> names, int size) {
        if (names.size() <= size) {
            return List.copyOf(names);
        }
        List<String> sample = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sample.add(names.get((int) ((long) i * (names.size() - 1) / (size - 1))));
        }
        return sample;
    }

    private String state(String name) throws InterruptedException {
        try {
            return target.runState(name);
        } catch (IOException e) {
            return "[" + e + "]";
        }
    }
}
