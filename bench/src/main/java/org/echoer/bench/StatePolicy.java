package org.echoer.bench;

import java.util.List;

/**
 * Which state the instant action answers for one activation of a step: {@code FAIL} for the first
 * {@code failuresFirst} activations of that step in a run, then the action's first declared state.
 */
record StatePolicy(int failuresFirst) {

    static final String FAIL = "FAIL";

    StatePolicy {
        if (failuresFirst < 0) {
            throw new IllegalArgumentException("failuresFirst must not be negative: " + failuresFirst);
        }
    }

    static StatePolicy firstDeclared() {
        return new StatePolicy(0);
    }

    static StatePolicy failingFirst(int failures) {
        return new StatePolicy(failures);
    }

    /**
     * @param declaredStates the action's states in declared order (the dispatch's {@code ackStates})
     * @param attempt 1 for the first activation of this step in the run, 2 for the second, ...
     */
    String choose(List<String> declaredStates, int attempt) {
        if (attempt <= failuresFirst) {
            return FAIL;
        }
        if (declaredStates.isEmpty()) {
            throw new IllegalArgumentException("the action declares no states to answer with");
        }
        return declaredStates.get(0);
    }
}
