package org.echoer.fsl.reverse;

import java.util.List;

/** What reading a BPMN model back gives: one FSL text per process, or every problem found. */
public record ReverseResult(List<ReversedFlow> flows, List<BpmnProblem> problems) {

    public ReverseResult {
        flows = List.copyOf(flows);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
