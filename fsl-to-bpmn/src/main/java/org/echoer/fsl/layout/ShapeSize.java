package org.echoer.fsl.layout;

import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Gateway;

/** The sizes Camunda Modeler gives BPMN shapes, so our diagrams look like drawn ones. */
enum ShapeSize {
    EVENT(36, 36),
    GATEWAY(50, 50),
    ACTIVITY(100, 80);

    private final int width;
    private final int height;

    ShapeSize(int width, int height) {
        this.width = width;
        this.height = height;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** @param type the model's instance type of a flow node */
    static ShapeSize of(Class<?> type) {
        if (Event.class.isAssignableFrom(type)) {
            return EVENT;
        }
        if (Gateway.class.isAssignableFrom(type)) {
            return GATEWAY;
        }
        return ACTIVITY;
    }
}
