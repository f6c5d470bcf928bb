package org.echoer.samples;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Which of an action's declared states ({@code ackStates}) a callback reports: {@code first} (what echoer's
 * demo services did), {@code random}, or a state by name, falling back to the first when the action does not
 * declare it (so one {@code --state FAIL} can serve actions with different state sets).
 */
public sealed interface StateChoice {

    /** Picks one of {@code ackStates}, which is never empty. */
    String choose(List<String> ackStates, RandomGenerator random);

    /** {@code first}, {@code random} (both lower case), or any other text as a state name. */
    static StateChoice parse(String text) {
        Objects.requireNonNull(text, "state");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a state choice is 'first', 'random' or a state name, not blank");
        }
        return switch (text) {
            case "first" -> new First();
            case "random" -> new Random();
            default -> new Named(text);
        };
    }

    /** The first declared state. */
    record First() implements StateChoice {
        @Override
        public String choose(List<String> ackStates, RandomGenerator random) {
            return ackStates.get(0);
        }

        @Override
        public String toString() {
            return "first";
        }
    }

    /** A uniformly random declared state. */
    record Random() implements StateChoice {
        @Override
        public String choose(List<String> ackStates, RandomGenerator random) {
            return ackStates.get(random.nextInt(ackStates.size()));
        }

        @Override
        public String toString() {
            return "random";
        }
    }

    /** That state when declared, else the first declared state. */
    record Named(String state) implements StateChoice {
        public Named {
            Objects.requireNonNull(state, "state");
        }

        @Override
        public String choose(List<String> ackStates, RandomGenerator random) {
            return ackStates.contains(state) ? state : ackStates.get(0);
        }

        @Override
        public String toString() {
            return state;
        }
    }
}
