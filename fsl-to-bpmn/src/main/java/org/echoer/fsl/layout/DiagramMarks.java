package org.echoer.fsl.layout;

import java.util.Set;

/**
 * Elements to highlight in a picture of a flow run: the steps (or flows) already passed and the ones
 * active now. Ids are BPMN element ids.
 */
public record DiagramMarks(Set<String> passedElementIds, Set<String> currentElementIds) {

    public DiagramMarks {
        passedElementIds = Set.copyOf(passedElementIds);
        currentElementIds = Set.copyOf(currentElementIds);
    }

    /** Nothing highlighted: the plain diagram of a process. */
    public static DiagramMarks none() {
        return new DiagramMarks(Set.of(), Set.of());
    }

    boolean passed(String elementId) {
        return passedElementIds.contains(elementId);
    }

    boolean current(String elementId) {
        return currentElementIds.contains(elementId);
    }
}
