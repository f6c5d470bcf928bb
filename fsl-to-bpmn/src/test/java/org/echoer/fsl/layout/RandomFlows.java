package org.echoer.fsl.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Random flows of the FSL shape, reproducible from a seed: every step has SUCCESS to the next step (the
 * last one to done), so every step can reach done; on top, at random, FAIL back to itself, RETRY to an
 * earlier step, SKIP to a later step or done, and now and then a step with no transitions (wired straight
 * to the end event). Jumps are mostly short, as in real flows, with the odd long one.
 */
public final class RandomFlows {

    private RandomFlows() {
    }

    public static BpmnModelInstance randomFlow(String processId, int steps, long seed) {
        return addRandomProcess(new FlowModelBuilder(), processId, steps, new Random(seed)).build();
    }

    public static FlowModelBuilder addRandomProcess(FlowModelBuilder builder, String processId, int steps,
            Random random) {
        builder.process(processId);
        for (int i = 0; i < steps; i++) {
            builder.step(new FlowModelBuilder.StepSpec(name(i), name(i) + " (ci)", transitions(i, steps, random)));
        }
        return builder;
    }

    private static Map<String, String> transitions(int i, int steps, Random random) {
        Map<String, String> transitions = new LinkedHashMap<>();
        if (i > 0 && random.nextInt(20) == 0) {
            return transitions;
        }
        transitions.put("SUCCESS", i + 1 < steps ? name(i + 1) : FlowModelBuilder.DONE);
        if (random.nextInt(10) < 5) {
            transitions.put("FAIL", name(i));
        }
        if (i > 0 && random.nextInt(10) < 4) {
            transitions.put("RETRY", name(Math.max(0, i - jump(random, steps))));
        }
        if (random.nextInt(10) < 3) {
            int target = i + 1 + jump(random, steps);
            transitions.put("SKIP", target < steps ? name(target) : FlowModelBuilder.DONE);
        }
        return transitions;
    }

    /** Mostly 1 to 4 steps, one in twenty anywhere up to a quarter of the flow. */
    private static int jump(Random random, int steps) {
        if (random.nextInt(20) == 0) {
            return 1 + random.nextInt(Math.max(1, steps / 4));
        }
        return 1 + random.nextInt(4);
    }

    private static String name(int i) {
        return "S" + i;
    }
}
