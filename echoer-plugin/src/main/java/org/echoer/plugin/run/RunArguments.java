package org.echoer.plugin.run;

import org.echoer.plugin.step.RunVariables;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Argument;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.ast.StepGraph;
import org.echoer.plugin.step.StepDefinition;

/**
 * A flow run's argument values as its runs carry them ({@link RunVariables#START_ARGS}): {step: {argument:
 * value}}, typed as a process of the run's own would have sent them ({@link StepDefinition#argumentValue}).
 */
public final class RunArguments {

    private RunArguments() {
    }

    /** @return the values of each step a run can reach, in written order; empty when no such step has any */
    public static Map<String, Map<String, Object>> of(FlowDecl flow, Function<String, ActionDecl> actions) {
        Map<String, Map<String, Object>> byStep = new LinkedHashMap<>();
        // a step no run reaches is not in the process, and needs no values
        for (StepDecl step : StepGraph.of(flow).reachableSteps()) {
            if (step.arguments().isEmpty()) {
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
