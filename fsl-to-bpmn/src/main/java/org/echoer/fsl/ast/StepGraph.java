package org.echoer.fsl.ast;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ways between a flow's steps, by name: which steps a run can reach from the first step, and from which
 * steps a run can still reach {@code done}. A step name given twice counts as its first step; a target that
 * names no step leads nowhere (the checks report it).
 */
public final class StepGraph {

    private final Map<String, StepDecl> steps = new LinkedHashMap<>();
    private final Map<String, Set<String>> successors = new HashMap<>();
    private final Map<String, Set<String>> predecessors = new HashMap<>();
    private final Set<String> finishing = new HashSet<>();
    private final String first;

    private StepGraph(FlowDecl flow) {
        flow.steps().forEach(step -> steps.putIfAbsent(step.name().value(), step));
        for (StepDecl step : steps.values()) {
            String from = step.name().value();
            if (step.endsWhateverState()) {
                finishing.add(from);
            }
            for (Transition transition : step.transitions()) {
                if (transition.endsFlow()) {
                    finishing.add(from);
                } else {
                    transition.target().map(Name::value).filter(steps::containsKey).ifPresent(to -> {
                        successors.computeIfAbsent(from, k -> new HashSet<>()).add(to);
                        predecessors.computeIfAbsent(to, k -> new HashSet<>()).add(from);
                    });
                }
            }
        }
        first = flow.steps().isEmpty() ? null : flow.steps().get(0).name().value();
    }

    public static StepGraph of(FlowDecl flow) {
        return new StepGraph(flow);
    }

    /** The names of the steps a run can reach from the first step, the first included; none for a flow without steps. */
    public Set<String> reachable() {
        return first == null ? Set.of() : closure(List.of(first), successors);
    }

    /** The steps a run can reach, in written order: the steps a process of the flow is made of. */
    public List<StepDecl> reachableSteps() {
        Set<String> reachable = reachable();
        return steps.values().stream().filter(step -> reachable.contains(step.name().value())).toList();
    }

    /** The names of the steps from which some path leads to {@code done}. */
    public Set<String> canFinish() {
        return closure(finishing, predecessors);
    }

    private static Set<String> closure(Collection<String> start, Map<String, Set<String>> edges) {
        Set<String> seen = new HashSet<>(start);
        Deque<String> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            for (String next : edges.getOrDefault(todo.poll(), Set.of())) {
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }
}
