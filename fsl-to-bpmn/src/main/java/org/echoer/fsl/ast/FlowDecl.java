package org.echoer.fsl.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code flow NAME ... flow_end} or {@code flow_run NAME ... flow_run_end}. The first step is where it starts. */
public record FlowDecl(Name name, FlowKind kind, List<StepDecl> steps, SourcePosition position, String source)
        implements Statement {

    public FlowDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        steps = List.copyOf(steps);
    }

    public Optional<StepDecl> step(String stepName) {
        return steps.stream().filter(s -> s.name().value().equals(stepName)).findFirst();
    }
}
