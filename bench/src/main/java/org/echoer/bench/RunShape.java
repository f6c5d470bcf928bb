package org.echoer.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.Name;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.ast.Transition;

/**
 * The route every run of a flow takes when the actions answer by a {@link StatePolicy}, worked out from
 * the FSL: how many steps a run has, and which answer ends it.
 */
final class RunShape {

    private static final int MAX_STEPS = 100_000;

    private final FlowDecl flow;
    private final int steps;
    private final String finalStep;

    private RunShape(FlowDecl flow, int steps, String finalStep) {
        this.flow = flow;
        this.steps = steps;
        this.finalStep = finalStep;
    }

    /**
     * @param statesByAction each action's declared states, in declared order
     * @throws IllegalArgumentException if the policy leads a run nowhere (a state without a transition) or never ends
     */
    static RunShape of(FlowDecl flow, Map<String, List<String>> statesByAction, StatePolicy policy) {
        if (flow.steps().isEmpty()) {
            throw new IllegalArgumentException("flow " + flow.name() + " has no steps");
        }
        Map<String, Integer> attempts = new HashMap<>();
        StepDecl step = flow.steps().get(0);
        for (int count = 1; count <= MAX_STEPS; count++) {
            String stepName = step.name().value();
            String action = step.action().map(Name::value).orElse("");
            String state = policy.choose(statesByAction.getOrDefault(action, List.of()),
                    attempts.merge(stepName, 1, Integer::sum));
            if (ends(step, state)) {
                return new RunShape(flow, count, stepName);
            }
            String target = transition(step, state).flatMap(Transition::target).map(Name::value).orElseThrow(
                    () -> new IllegalArgumentException("step " + stepName + " has no transition for " + state));
            step = flow.step(target).orElseThrow(() -> new IllegalArgumentException("no step " + target));
        }
        throw new IllegalArgumentException("a run of " + flow.name() + " does not end within " + MAX_STEPS + " steps");
    }

    /** Steps per run, counting every activation (a step that loops back to itself counts each time). */
    int steps() {
        return steps;
    }

    String finalStep() {
        return finalStep;
    }

    /** Whether answering {@code state} to {@code stepName} ends the run. */
    boolean endsRun(String stepName, String state) {
        return flow.step(stepName).map(step -> ends(step, state)).orElse(false);
    }

    private static boolean ends(StepDecl step, String state) {
        return step.endsWhateverState() || transition(step, state).map(Transition::endsFlow).orElse(false);
    }

    private static Optional<Transition> transition(StepDecl step, String state) {
        return step.transitions().stream().filter(t -> t.state().value().equals(state)).findFirst();
    }
}
