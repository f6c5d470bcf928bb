package org.echoer.fsl.bpmn;

/**
 * Choices the generated processes carry.
 *
 * @param historyTimeToLive camunda:historyTimeToLive of every process (days or an ISO-8601 duration);
 *     Camunda refuses processes without one by default
 */
public record BpmnOptions(String historyTimeToLive) {

    public static BpmnOptions defaults() {
        return new BpmnOptions("P180D");
    }
}
