package org.echoer.fsl.reverse;

/** Why a BPMN element does not fit echoer's shape, naming the element by its id. */
public record BpmnProblem(String elementId, String message) {

    /** {@code element ID: message}, as the CLI prints it after the file name. */
    public String format() {
        return "element " + elementId + ": " + message;
    }
}
