package org.echoer.fsl.reverse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.echoer.fsl.ast.FlowKind;
import org.echoer.fsl.ast.Transition;

/** Writes actions and a flow as FSL text, laid out as the examples are; names quoted where they must be. */
final class FslText {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Keywords a bare name cannot be; the others are soft and read as names. */
    private static final Set<String> HARD_KEYWORDS = Set.of("action_end", "flow_end", "flow_run_end");

    private FslText() {
    }

    static String write(String source, FlowKind kind, String flowName, List<ActionSpec> actions, List<StepSpec> steps) {
        StringBuilder fsl = new StringBuilder("# read back from ").append(source).append('\n');
        for (ActionSpec action : actions) {
            fsl.append("action ").append(name(action.name())).append('\n')
                    .append("\taddr = ").append(string(action.addr())).append(";\n")
                    .append("\tmethod = ").append(action.method()).append(";\n");
            action.capem().ifPresent(capem -> fsl.append("\tsecret = (capem=").append(string(capem)).append(");\n"));
            if (!action.params().isEmpty()) {
                fsl.append("\targs = (").append(String.join(", ",
                        action.params().stream().map(p -> p[0] + " " + name(p[1])).toList())).append(");\n");
            }
            fsl.append("\treturn = (").append(String.join(" | ", action.states().stream().map(FslText::name).toList()))
                    .append(");\n")
                    .append("action_end\n/\n\n");
        }
        fsl.append(kind.keyword()).append(' ').append(name(flowName)).append('\n');
        for (StepSpec step : steps) {
            fsl.append('\t').append(step.decision() ? "deci " : "step ").append(name(step.name())).append(" => (")
                    .append(String.join(" | ", step.transitions().stream()
                            .map(t -> name(t.getKey()) + "->" + target(t.getValue())).toList()))
                    .append(") {\n\t\taction = ").append(name(step.action())).append(";\n");
            if (!step.arguments().isEmpty()) {
                fsl.append("\t\targs = (").append(String.join(", ", step.arguments().entrySet().stream()
                        .map(FslText::argument).toList())).append(");\n");
            }
            fsl.append("\t};\n");
        }
        return fsl.append(kind.keyword()).append("_end\n/\n").toString();
    }

    private static String target(String target) {
        return Transition.isDone(target) ? Transition.DONE : name(target);
    }

    private static String argument(Map.Entry<String, Object> argument) {
        Object value = argument.getValue();
        return name(argument.getKey()) + "=" + (value instanceof Long number ? number.toString() : string((String) value));
    }

    /** A bare name when it reads as one, else a quoted string. */
    static String name(String name) {
        boolean bare = IDENTIFIER.matcher(name).matches() && !HARD_KEYWORDS.contains(name.toLowerCase(Locale.ROOT));
        return bare ? name : string(name);
    }

    static String string(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
