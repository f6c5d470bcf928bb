package org.echoer.plugin.definition;

import java.util.Optional;
import org.echoer.fsl.ast.SourcePosition;

/**
 * The request clashes with what exists (a flow run name taken, a process id used by another flow), with
 * where the clashing name stands in the FSL when it came from FSL.
 */
public final class DefinitionConflictException extends RuntimeException {

    private final transient SourcePosition position;

    public DefinitionConflictException(String message) {
        this(message, null);
    }

    private DefinitionConflictException(String message, SourcePosition position) {
        super(message);
        this.position = position;
    }

    /** The same conflict, placed at the name in the FSL that caused it. */
    public DefinitionConflictException at(SourcePosition namePosition) {
        DefinitionConflictException placed = new DefinitionConflictException(getMessage(), namePosition);
        placed.initCause(this);
        return placed;
    }

    public Optional<SourcePosition> position() {
        return Optional.ofNullable(position);
    }
}
