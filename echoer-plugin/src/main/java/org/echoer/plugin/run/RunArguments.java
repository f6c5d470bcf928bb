package org.echoer.plugin.run;

import org.echoer.plugin.step.RunVariables;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Argument;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.plugin.step.StepDefinition;

/**
 * A flow run's argument values as its runs carry them ({@link RunVariables#START_ARGS}): {step: {argument:
 * value}}, typed as a process of the run's own would have sent them ({@link StepDefinition#argumentValue}).
 */
public final class RunArguments {

    private RunArguments() {
    }

    /** @return each step's values in written order; empty when no step has any */
    public static Map<String, Map<String, Object>> of(FlowDecl flow, Function<String, ActionDecl> actions) {
        Map<String, Map<String, Object>> byStep = new LinkedHashMap<>();
        for (StepDecl step : flow.steps()) {
            // a step name given twice runs as the first step of that name, with its arguments
            if (step.arguments().isEmpty() || byStep.containsKey(step.name().value())) {
                continue;
            }
            ActionDecl action = actions.apply(step.action().orElseThrow().value());
            Map<String, Object> values = new LinkedHashMap<>();
            for (Argument argument : step.arguments()) {
                String name = argument.name().value();
                String type = action.param(name).map(p -> p.type().value()).orElse(null);
                values.put(name, StepDefinition.argumentValue(type, String.valueOf(argument.value().plain())));
            }
            byStep.put(step.name().value(), values);
        }
        return byStep;
    }
}
