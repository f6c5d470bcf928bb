package org.echoer.fsl.reverse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.Examples;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.RandomFsl;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Document;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.ast.StepGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** FSL -> BPMN -> FSL -> BPMN gives the same flow: steps, transitions, actions, arguments, and the same file. */
class RoundTripTest {

    private final FslCompiler compiler = new FslCompiler();
    private final BpmnToFsl reverse = new BpmnToFsl();

    static List<Path> examples() {
        return Examples.all();
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleComesBackAsTheSameFlow(Path example) {
        assertRoundTrips(Examples.read(example));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomFlowsComeBackAsTheSameFlow(long seed) {
        assertRoundTrips(RandomFsl.document(seed));
    }

    /** The way back reads the process, which leaves out the steps no run reaches: it gives the flow without them. */
    @Test
    void aFlowComesBackWithoutTheStepsNoRunReaches() {
        String fsl = """
                action poll addr = "http://localhost:18080/poll"; method = http; args = (str what); return = (READY | WAIT); action_end
                action lost addr = "http://localhost:18080/lost"; method = http; return = (READY); action_end
                /
                flow_run r
                    step first => (READY->last | WAIT->first) { action = poll; args = (what="a"); };
                    step orphan => (READY->done) { action = lost; };
                    step last => (READY->done | WAIT->first) { action = poll; args = (what="b"); };
                    step island => (READY->orphan | WAIT->first) { action = poll; args = (what="c"); };
                flow_run_end
                """;

        assertRoundTrips(fsl);
        CompiledFlow flow = compiler.compile(fsl).flows().get(0);
        assertThat(reverse.convert(flow.bpmnXml(), "r.bpmn").flows()).singleElement()
                .satisfies(back -> assertThat(back.fsl()).contains("step first", "step last")
                        .doesNotContain("orphan").doesNotContain("island").doesNotContain("lost"));
    }

    private void assertRoundTrips(String fsl) {
        CompilationResult first = compiler.compile(fsl);
        assertThat(first.errors()).isEmpty();
        for (CompiledFlow flow : first.flows()) {
            ReverseResult back = reverse.convert(flow.bpmnXml(), flow.processId() + ".bpmn");
            assertThat(back.problems()).isEmpty();
            assertThat(back.flows()).singleElement().satisfies(reversed -> assertThat(reversed.processId()).isEqualTo(flow.processId()));
            String again = back.flows().get(0).fsl();

            CompilationResult second = compiler.compile(again);

            assertThat(second.errors()).as(again).isEmpty();
            assertThat(second.flows()).hasSize(1);
            assertThat(shape(second.document(), second.document().flows().get(0)))
                    .as(again).isEqualTo(shape(first.document(), flow.flow()));
            assertThat(second.flows().get(0).bpmnXml()).isEqualTo(flow.bpmnXml());
        }
    }

    /**
     * What a flow means, without where it was written: kind, name, the steps a run can reach in order, and
     * the actions they call.
     */
    static List<String> shape(Document document, FlowDecl flow) {
        List<String> lines = new ArrayList<>();
        lines.add(flow.kind() + " " + flow.name().value());
        Map<String, String> actions = new TreeMap<>();
        for (StepDecl step : StepGraph.of(flow).reachableSteps()) {
            lines.add(step.kind() + " " + step.name().value() + " action=" + step.action().orElseThrow().value()
                    + " transitions=" + step.transitions().stream()
                            .map(t -> t.state().value() + "->" + (t.endsFlow() ? "done" : t.target().orElseThrow().value()))
                            .toList()
                    + " args=" + step.arguments().stream().map(a -> a.name().value() + "=" + a.value().plain()).toList());
            ActionDecl action = document.actions().stream()
                    .filter(a -> a.name().value().equals(step.action().orElseThrow().value())).findFirst().orElseThrow();
            actions.put(action.name().value(), "addresses=" + action.addresses() + " method=" + action.knownMethod().orElseThrow()
                    + " capem=" + action.capem().map(c -> c.value()).orElse("") + " params="
                    + action.paramList().stream().map(p -> p.type().value() + " " + p.name().value()).toList()
                    + " states=" + action.states().stream().map(s -> s.value()).toList());
        }
        actions.forEach((name, definition) -> lines.add("action " + name + " " + definition));
        return lines;
    }
}
