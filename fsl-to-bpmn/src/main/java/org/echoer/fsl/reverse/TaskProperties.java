package org.echoer.fsl.reverse;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** The {@code camunda:property} entries of an element, by name, in written order (the first of a name wins). */
final class TaskProperties {

    private TaskProperties() {
    }

    static Map<String, String> of(BaseElement element) {
        Map<String, String> values = new LinkedHashMap<>();
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return values;
        }
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (property.getCamundaName() != null && property.getCamundaValue() != null) {
                    values.putIfAbsent(property.getCamundaName(), property.getCamundaValue());
                }
            }
        }
        return values;
    }
}
