package org.echoer.fsl.shape;

import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.echoer.fsl.bpmn.ExtensionProperties;
import org.echoer.fsl.bpmn.NcNames;

/**
 * The BPMN of one run: the process it runs on with the run's own argument values written into its steps,
 * as {@code echoer.arg.*} properties, the way a process generated for that run alone carries them. Deploys
 * to any Camunda engine as it is.
 */
public final class RunExport {

    private RunExport() {
    }

    /**
     * @param process the process the run runs on; not changed
     * @param runName the run's name; with {@code ownProcess} it also becomes the process's id and name
     * @param argumentsByStep the run's values as text, {step: {argument: value}}, each step's in written order
     * @param ownProcess whether the process is shared by runs of one shape, so that the export takes the
     *     run's name the way a process of its own would have had it
     */
    public static String write(BpmnModelInstance process, String runName, Map<String, Map<String, String>> argumentsByStep,
            boolean ownProcess) {
        BpmnModelInstance run = process.clone();
        for (ServiceTask task : run.getModelElementsByType(ServiceTask.class)) {
            String step = property(task, ExtensionProperties.STEP);
            Map<String, String> values = step == null ? null : argumentsByStep.get(step);
            if (values != null) {
                values.forEach((argument, value) -> setProperty(run, task, ExtensionProperties.ARG_PREFIX + argument, value));
            }
        }
        if (ownProcess) {
            Process shared = run.getModelElementsByType(Process.class).iterator().next();
            String id = NcNames.of(runName);
            for (int n = 2; run.getModelElementById(id) != null && run.getModelElementById(id) != shared; n++) {
                id = NcNames.of(runName) + "_" + n;
            }
            shared.setId(id); // the model updates what refers to it (the diagram's plane)
            shared.setName(runName);
            setProperty(run, shared, ExtensionProperties.FLOW_NAME, runName);
        }
        return Bpmn.convertToString(run);
    }

    private static String property(BaseElement element, String name) {
        CamundaProperties properties = properties(element);
        if (properties == null) {
            return null;
        }
        return properties.getCamundaProperties().stream().filter(p -> name.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
    }

    /** Replaces the property's value, or adds it after the others. */
    private static void setProperty(BpmnModelInstance model, BaseElement element, String name, String value) {
        CamundaProperties properties = properties(element);
        if (properties == null) {
            ExtensionElements extensions = element.getExtensionElements();
            if (extensions == null) {
                extensions = model.newInstance(ExtensionElements.class);
                element.setExtensionElements(extensions);
            }
            properties = extensions.addExtensionElement(CamundaProperties.class);
        }
        for (CamundaProperty existing : properties.getCamundaProperties()) {
            if (name.equals(existing.getCamundaName())) {
                existing.setCamundaValue(value);
                return;
            }
        }
        CamundaProperty property = model.newInstance(CamundaProperty.class);
        property.setCamundaName(name);
        property.setCamundaValue(value);
        properties.addChildElement(property);
    }

    private static CamundaProperties properties(BaseElement element) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream().findFirst().orElse(null);
    }
}
