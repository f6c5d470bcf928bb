package org.echoer.cli.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.stream.Collectors;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Name;
import org.echoer.fsl.ast.ParamDecl;
import org.echoer.fsl.ast.ParamType;
import org.echoer.fsl.bpmn.ExtensionProperties;

/**
 * Camunda Modeler element templates (the Camunda 7 schema) for actions: applied to a service task, one
 * makes it a step calling the action, with the same external topic and {@code camunda:property} entries
 * the compiler writes, so the process runs under echoer's dispatcher and reads back as FSL.
 */
public final class ElementTemplates {

    public static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";

    private final ObjectMapper json;

    public ElementTemplates(ObjectMapper json) {
        this.json = json;
    }

    /** The template id of an action: Modeler keeps the id on every task the template was applied to. */
    public static String id(String actionName) {
        return "org.echoer.action." + actionName;
    }

    public ObjectNode template(ActionDecl action) {
        String name = action.name().value();
        String states = action.states().stream().map(Name::value).collect(Collectors.joining(","));
        ObjectNode template = json.createObjectNode();
        template.put("$schema", SCHEMA);
        template.put("name", name + " (echoer action)");
        template.put("id", id(name));
        template.put("version", 1);
        template.put("description", "A step that calls echoer's action '" + name + "' at " + String.join(", ", action.addresses())
                + "; it reports one of " + String.join(" | ", states.split(",")) + ".");
        template.putArray("appliesTo").add("bpmn:ServiceTask");
        ArrayNode properties = template.putArray("properties");
        hidden(properties, "Implementation", "external", bindProperty("camunda:type"));
        hidden(properties, "Topic", name, bindProperty("camunda:topic"));
        ObjectNode step = field(properties, "String", "Step name", bindCamunda(ExtensionProperties.STEP));
        step.put("description", "The FSL step name, unique in the flow; the callbacks name the step by it.");
        step.putObject("constraints").put("notEmpty", true);
        ObjectNode kind = field(properties, "Dropdown", "Step kind", bindCamunda(ExtensionProperties.STEP_KIND));
        kind.put("value", "step");
        kind.put("description", "step or deci (a decision step): the same at run time.");
        ArrayNode choices = kind.putArray("choices");
        choices.addObject().put("name", "step").put("value", "step");
        choices.addObject().put("name", "deci").put("value", "deci");
        hidden(properties, "Action", name, bindCamunda(ExtensionProperties.ACTION));
        hidden(properties, "Address", String.join(",", action.addresses()), bindCamunda(ExtensionProperties.ADDR));
        hidden(properties, "Method", action.knownMethod().map(m -> m.keyword()).orElse("http"), bindCamunda(ExtensionProperties.METHOD));
        action.capem().ifPresent(capem -> hidden(properties, "CA certificate", capem.value(), bindCamunda(ExtensionProperties.CAPEM)));
        hidden(properties, "Parameters", action.paramList().stream()
                .map(p -> p.knownType().map(ParamType::keyword).orElse(p.type().value()) + " " + p.name().value())
                .collect(Collectors.joining(",")), bindCamunda(ExtensionProperties.PARAMS));
        ObjectNode shownStates = field(properties, "String", "States it reports", bindCamunda(ExtensionProperties.STATES));
        shownStates.put("value", states);
        shownStates.put("editable", false);
        shownStates.put("description", "Route on them after the task: an exclusive gateway whose flows have the condition "
                + "${ackState == 'STATE'}, or one conditional flow for a step with one way out.");
        for (ParamDecl param : action.paramList()) {
            argument(properties, param);
        }
        return template;
    }

    private void argument(ArrayNode properties, ParamDecl param) {
        Optional<ParamType> type = param.knownType();
        String argName = param.name().value();
        ObjectNode input = field(properties, "String", argName + " (" + type.map(ParamType::keyword).orElse(param.type().value()) + ")",
                bindCamunda(ExtensionProperties.ARG_PREFIX + argName));
        ObjectNode constraints = input.putObject("constraints");
        constraints.put("notEmpty", true);
        if (type.equals(Optional.of(ParamType.INT))) {
            input.put("description", "A whole number, sent as a JSON number.");
            constraints.putObject("pattern").put("value", "^-?[0-9]+$").put("message", "a whole number, such as 42 or -7");
        } else {
            input.put("description", "Text, sent as a JSON string.");
        }
    }

    private static void hidden(ArrayNode properties, String label, String value, ObjectNode binding) {
        ObjectNode property = properties.addObject();
        property.put("label", label);
        property.put("type", "Hidden");
        property.put("value", value);
        property.set("binding", binding);
    }

    private static ObjectNode field(ArrayNode properties, String type, String label, ObjectNode binding) {
        ObjectNode property = properties.addObject();
        property.put("label", label);
        property.put("type", type);
        property.set("binding", binding);
        return property;
    }

    private ObjectNode bindProperty(String name) {
        return json.createObjectNode().put("type", "property").put("name", name);
    }

    private ObjectNode bindCamunda(String name) {
        return json.createObjectNode().put("type", "camunda:property").put("name", name);
    }
}
