package org.echoer.bench;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.echoer.fsl.ast.Document;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.FlowKind;
import org.echoer.fsl.ast.Name;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.parse.FslParser;
import org.echoer.fsl.parse.ParseResult;

/**
 * What the driver submits and how its action answers: the actions (one document, addresses pointing at
 * the driver's action service), one flow run statement to submit under many names, its argument values, the
 * state policy and the run's resulting shape.
 */
record Workload(String name, String actionsFsl, String flowRunFsl, Map<String, Map<String, Object>> arguments,
        StatePolicy policy, RunShape shape) {

    private static final Pattern ADDRESS_ORIGIN = Pattern.compile("https?://[^/\"`,\\s]+");
    private static final Pattern FLOW_RUN_HEADER = Pattern.compile("^(?i)flow_run\\s+(\"[^\"]*\"|\\w+)");
    private static final Pattern FLOW_RUN_END = Pattern.compile("(?i)flow_run_end\\s*$");

    /**
     * @param document actions and exactly one {@code flow_run}
     * @param actionService where every action address is redirected (scheme, host and port; paths are kept)
     */
    static Workload of(String name, String document, URI actionService, StatePolicy policy) {
        ParseResult parsed = new FslParser().parse(document);
        if (parsed.hasErrors()) {
            throw new IllegalArgumentException("workload " + name + " does not parse: " + parsed.diagnostics());
        }
        Document doc = parsed.document();
        List<FlowDecl> runs = doc.flows().stream().filter(f -> f.kind() == FlowKind.FLOW_RUN).toList();
        if (runs.size() != 1) {
            throw new IllegalArgumentException("workload " + name + " needs exactly one flow_run, has " + runs.size());
        }
        String origin = Matcher.quoteReplacement(actionService.getScheme() + "://" + actionService.getRawAuthority());
        String actions = doc.actions().stream()
                .map(a -> ADDRESS_ORIGIN.matcher(a.source()).replaceAll(origin))
                .collect(Collectors.joining("\n/\n", "", "\n/\n"));
        Map<String, List<String>> states = doc.actions().stream().collect(Collectors.toMap(
                a -> a.name().value(), a -> a.states().stream().map(Name::value).toList(), (a, b) -> b));
        FlowDecl flowRun = runs.get(0);
        return new Workload(name, actions, flowRun.source(), arguments(flowRun), policy, RunShape.of(flowRun, states, policy));
    }

    /** The flow run's argument values as a template start takes them: {step: {argument: value}}, in FSL order. */
    private static Map<String, Map<String, Object>> arguments(FlowDecl flowRun) {
        Map<String, Map<String, Object>> arguments = new LinkedHashMap<>();
        for (StepDecl step : flowRun.steps()) {
            if (!step.arguments().isEmpty()) {
                Map<String, Object> values = new LinkedHashMap<>();
                step.arguments().forEach(argument -> values.put(argument.name().value(), argument.value().plain()));
                arguments.put(step.name().value(), values);
            }
        }
        return arguments;
    }

    /** The flow run statement under another name. */
    String flowRun(String runName) {
        Matcher header = FLOW_RUN_HEADER.matcher(flowRunFsl);
        if (!header.find()) {
            throw new IllegalStateException("not a flow_run statement: " + flowRunFsl);
        }
        return "flow_run " + runName + flowRunFsl.substring(header.end());
    }

    /** The flow run statement as a template {@code flow NAME ... flow_end}: one definition that many runs start from. */
    String flowTemplate(String flowName) {
        String run = flowRun(flowName);
        Matcher end = FLOW_RUN_END.matcher(run);
        if (!end.find()) {
            throw new IllegalStateException("the flow_run statement does not end with flow_run_end: " + flowRunFsl);
        }
        return "flow" + run.substring("flow_run".length(), end.start()) + "flow_end";
    }
}
