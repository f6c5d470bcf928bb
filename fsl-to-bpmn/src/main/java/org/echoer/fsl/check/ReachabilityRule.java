package org.echoer.fsl.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.ast.Transition;

/** Warns about steps no run can reach, and steps from which no run can finish. */
final class ReachabilityRule implements CheckRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (FlowDecl flow : context.document().flows()) {
            if (!flow.steps().isEmpty()) {
                checkFlow(flow, report);
            }
        }
    }

    private static void checkFlow(FlowDecl flow, Consumer<Diagnostic> report) {
        Map<String, StepDecl> steps = new LinkedHashMap<>();
        flow.steps().forEach(s -> steps.putIfAbsent(s.name().value(), s));
        Map<String, Set<String>> successors = new HashMap<>();
        Map<String, Set<String>> predecessors = new HashMap<>();
        Set<String> finishing = new HashSet<>();
        for (StepDecl step : steps.values()) {
            String from = step.name().value();
            if (step.endsWhateverState()) {
                finishing.add(from);
            }
            for (Transition transition : step.transitions()) {
                if (transition.endsFlow()) {
                    finishing.add(from);
                } else {
                    transition.target().map(t -> t.value()).filter(steps::containsKey).ifPresent(to -> {
                        successors.computeIfAbsent(from, k -> new HashSet<>()).add(to);
                        predecessors.computeIfAbsent(to, k -> new HashSet<>()).add(from);
                    });
                }
            }
        }
        String first = flow.steps().get(0).name().value();
        Set<String> reachable = closure(List.of(first), successors);
        Set<String> canFinish = closure(finishing, predecessors);
        for (StepDecl step : steps.values()) {
            String name = step.name().value();
            if (!reachable.contains(name)) {
                report.accept(Diagnostic.warning(DiagnosticCode.UNREACHABLE_STEP, step.name().position(),
                        "step '" + name + "' is never reached from the first step '" + first + "'"));
            }
            if (!canFinish.contains(name)) {
                report.accept(Diagnostic.warning(DiagnosticCode.NO_PATH_TO_DONE, step.name().position(),
                        "no path leads from step '" + name + "' to done; a run that gets here never finishes"));
            }
        }
    }

    private static Set<String> closure(Iterable<String> start, Map<String, Set<String>> edges) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        start.forEach(s -> {
            if (seen.add(s)) {
                todo.add(s);
            }
        });
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
