package org.echoer.plugin.definition;

/** The request clashes with what exists (a flow run name taken, a process id used by another flow). */
public final class DefinitionConflictException extends RuntimeException {

    public DefinitionConflictException(String message) {
        super(message);
    }
}
