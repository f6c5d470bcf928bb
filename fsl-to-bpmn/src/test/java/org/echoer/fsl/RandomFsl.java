package org.echoer.fsl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random FSL documents that pass the checks, reproducible from a seed: a few actions (str and int
 * parameters, two to four states, sometimes two addresses), then one flow or flow run whose steps use
 * them with every kind of transition: on to a later step, back to an earlier one, into itself, to done,
 * one way out or (the last step) none ({@code ()}), {@code step} and {@code deci}, names quoted now and
 * then. Every step is reachable and the last reaches done: the checker warns about no document.
 */
public final class RandomFsl {

    private static final String[] STATES = {"SUCCESS", "FAIL", "RETRY", "AGREE", "REJECT", "NEXT"};

    private RandomFsl() {
    }

    public static String document(long seed) {
        Random random = new Random(seed);
        StringBuilder fsl = new StringBuilder();
        int actionCount = 1 + random.nextInt(3);
        List<List<String>> statesOf = new ArrayList<>();
        List<List<String[]>> paramsOf = new ArrayList<>();
        for (int a = 0; a < actionCount; a++) {
            List<String> states = new ArrayList<>(pick(random, STATES, 2 + random.nextInt(3)));
            List<String[]> params = new ArrayList<>();
            for (int p = 0; p < random.nextInt(4); p++) {
                params.add(new String[] {random.nextBoolean() ? "str" : "int", "arg" + p});
            }
            statesOf.add(states);
            paramsOf.add(params);
            fsl.append("action act").append(a).append('\n')
                    .append("    addr = \"http://localhost:18080/a").append(a)
                    .append(random.nextInt(4) == 0 ? ",http://127.0.0.1:18081/a" + a : "").append("\";\n")
                    .append("    method = http;\n");
            if (!params.isEmpty()) {
                fsl.append("    args = (").append(String.join(", ", params.stream().map(p -> p[0] + " " + p[1]).toList()))
                        .append(");\n");
            }
            fsl.append("    return = (").append(String.join(" | ", states)).append(");\n")
                    .append("action_end\n/\n");
        }
        boolean run = random.nextBoolean();
        int steps = 1 + random.nextInt(12);
        fsl.append(run ? "flow_run" : "flow").append(" f").append(seed).append('\n');
        for (int i = 0; i < steps; i++) {
            int action = random.nextInt(actionCount);
            fsl.append("    ").append(random.nextInt(4) == 0 ? "deci " : "step ").append(stepName(i)).append(" => (");
            List<String> transitions = new ArrayList<>();
            // every step leads on to the next, so each is reachable; only the last may end whatever its state
            if (i < steps - 1 || random.nextInt(4) != 0) {
                List<String> states = statesOf.get(action);
                int ways = 1 + random.nextInt(states.size());
                List<String> used = pick(random, states.toArray(String[]::new), ways);
                for (int t = 0; t < used.size(); t++) {
                    String target = t == 0 ? (i + 1 < steps ? stepName(i + 1) : "done") : target(random, i, steps);
                    transitions.add(used.get(t) + "->" + target);
                }
            }
            fsl.append(String.join(" | ", transitions)).append(") {\n        action = ")
                    .append(random.nextInt(3) == 0 ? "\"act" + action + "\"" : "act" + action).append(";\n");
            List<String> arguments = new ArrayList<>();
            for (String[] param : paramsOf.get(action)) {
                if (run || random.nextBoolean()) {
                    arguments.add(param[1] + "=" + (param[0].equals("int") ? String.valueOf(random.nextInt(100_000) - 500)
                            : "\"v" + random.nextInt(1000) + (random.nextInt(5) == 0 ? " \\\"q\\\" \\\\ x" : "") + "\""));
                }
            }
            if (!arguments.isEmpty()) {
                fsl.append("        args = (").append(String.join(", ", arguments)).append(");\n");
            }
            fsl.append("    };\n");
        }
        return fsl.append(run ? "flow_run_end" : "flow_end").append("\n/\n").toString();
    }

    private static String target(Random random, int step, int steps) {
        return switch (random.nextInt(4)) {
            case 0 -> stepName(step);
            case 1 -> stepName(random.nextInt(step + 1));
            case 2 -> step + 1 < steps ? stepName(step + 1 + random.nextInt(steps - step - 1)) : "done";
            default -> "done";
        };
    }

    private static String stepName(int i) {
        return i % 5 == 3 ? "\"step " + i + "\"" : "S" + i;
    }

    private static List<String> pick(Random random, String[] from, int count) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(count, from.length)) {
            picked.add(from[random.nextInt(from.length)]);
        }
        return List.copyOf(picked);
    }
}
