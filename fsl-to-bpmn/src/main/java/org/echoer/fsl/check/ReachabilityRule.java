package org.echoer.fsl.check;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.ast.StepGraph;
import org.echoer.fsl.ast.Transition;

/**
 * Refuses a flow no run of which can finish, and warns about steps no run can reach (left out of the
 * process) and steps from which no run can finish.
 */
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
        StepGraph graph = StepGraph.of(flow);
        String first = flow.steps().get(0).name().value();
        Set<String> reachable = graph.reachable();
        Set<String> canFinish = graph.canFinish();
        // a process without an end event is no valid model; a target the checks refuse may have meant done
        boolean neverDone = !canFinish.contains(first);
        if (neverDone && !hasUnresolvedTarget(flow)) {
            report.accept(Diagnostic.error(DiagnosticCode.NEVER_DONE, flow.name().position(),
                    flow.kind().keyword() + " '" + flow.name().value() + "' never reaches done: no path from its first step '"
                            + first + "' leads to done; a run could only be stopped"));
        }
        Set<String> seen = new HashSet<>();
        for (StepDecl step : flow.steps()) {
            String name = step.name().value();
            if (!seen.add(name)) {
                continue; // a duplicate step, an error of its own
            }
            if (!reachable.contains(name)) {
                report.accept(Diagnostic.warning(DiagnosticCode.UNREACHABLE_STEP, step.name().position(),
                        "step '" + name + "' is never reached from the first step '" + first
                                + "'; the process and its diagram leave it out"));
            } else if (!neverDone && !canFinish.contains(name)) {
                report.accept(Diagnostic.warning(DiagnosticCode.NO_PATH_TO_DONE, step.name().position(),
                        "no path leads from step '" + name + "' to done; a run that gets here never finishes"));
            }
        }
    }

    /** Whether a transition has no target or one that is neither a step nor done: errors of their own. */
    private static boolean hasUnresolvedTarget(FlowDecl flow) {
        Set<String> names = new HashSet<>();
        flow.steps().forEach(step -> names.add(step.name().value()));
        for (StepDecl step : flow.steps()) {
            for (Transition transition : step.transitions()) {
                boolean resolved = transition.endsFlow() || transition.target().map(t -> names.contains(t.value())).orElse(false);
                if (!resolved) {
                    return true;
                }
            }
        }
        return false;
    }
}
