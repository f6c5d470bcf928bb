package org.echoer.fsl.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code step NAME => (STATE->TARGET | ...) { action = ...; args = (...); }}. No transitions ({@code ()})
 * means the flow ends after this step, whatever declared state is reported.
 */
public record StepDecl(
        Name name,
        StepKind kind,
        List<Transition> transitions,
        Optional<Name> action,
        List<Argument> arguments,
        SourcePosition position) {

    public StepDecl {
        Objects.requireNonNull(name, "name");
        transitions = List.copyOf(transitions);
        arguments = List.copyOf(arguments);
    }

    public boolean endsWhateverState() {
        return transitions.isEmpty();
    }

    public Optional<Argument> argument(String argName) {
        return arguments.stream().filter(a -> a.name().value().equals(argName)).findFirst();
    }
}
