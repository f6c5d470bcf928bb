package org.echoer.fsl.ast;

import java.util.Locale;
import java.util.Optional;

/** {@code STATE->TARGET}; the target is missing when the author wrote only the state. */
public record Transition(Name state, Optional<Name> target) {

    /** The word that ends a flow, in any case. */
    public static final String DONE = "done";

    public static boolean isDone(String target) {
        return target.toLowerCase(Locale.ROOT).equals(DONE);
    }

    public boolean endsFlow() {
        return target.map(t -> isDone(t.value())).orElse(false);
    }
}
