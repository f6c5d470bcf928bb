package org.echoer.fsl.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echoer.fsl.layout.DiagramAssertions.assertReadable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BpmnLayoutTest {

    private final BpmnLayout layout = new BpmnLayout();

    /** The shape of echoer's review demo: forward, backward and self loops, one way out. */
    static BpmnModelInstance fiveStepFlow() {
        return new FlowModelBuilder().process("review")
                .step("A", "SUCCESS->D", "FAIL->A")
                .step("D", "AGREE->B", "REJECT->C", "NEXT->E", "FAIL->D")
                .step("B", "FAIL->B", "SUCCESS->C")
                .step("E", "REJECT->C", "AGREE->B", "FAIL->E")
                .step("C", "SUCCESS->done", "FAIL->C")
                .build();
    }

    @Test
    void laysOutFiveStepFlowReadably() {
        BpmnModelInstance model = fiveStepFlow();

        layout.apply(model);

        assertValidReadableAndRoundTrips(model);
        assertThat(model.getModelElementsByType(BpmnShape.class)).hasSize(1 + 5 + 5 + 1);
        assertThat(model.getModelElementsByType(BpmnEdge.class)).hasSize(1 + 5 + 13);
    }

    @Test
    void drawsStepsOfAChainInOrderLeftToRight() {
        BpmnModelInstance model = new FlowModelBuilder().process("chain")
                .step("A", "SUCCESS->B")
                .step("B", "SUCCESS->C")
                .step("C", "SUCCESS->done")
                .build();

        layout.apply(model);

        assertValidReadableAndRoundTrips(model);
        List<Double> xs = List.of("chain_start", "chain_A", "chain_B", "chain_C", "chain_end")
                .stream().map(id -> bounds(model, id).getX()).toList();
        assertThat(xs).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void laysOutBranchesThatJoinAgain() {
        BpmnModelInstance model = new FlowModelBuilder().process("branches")
                .step("Check", "LOW->Small", "MID->Medium", "HIGH->Large", "NONE->done")
                .step("Small", "SUCCESS->Merge", "FAIL->Check")
                .step("Medium", "SUCCESS->Merge", "RETRY->Medium")
                .step("Large", "SUCCESS->Merge", "ESCALATE->Small")
                .step("Merge", "SUCCESS->done", "AGAIN->Check")
                .build();

        layout.apply(model);

        assertValidReadableAndRoundTrips(model);
    }

    @Test
    void laysOutTaskWiredStraightToTheEndEvent() {
        BpmnModelInstance model = new FlowModelBuilder().process("straight")
                .step("Only")
                .build();

        layout.apply(model);

        assertValidReadableAndRoundTrips(model);
        assertThat(bounds(model, "straight_Only").getX()).isGreaterThan(bounds(model, "straight_start").getX());
        assertThat(bounds(model, "straight_end").getX()).isGreaterThan(bounds(model, "straight_Only").getX());
    }

    @Test
    void givesEveryProcessOfAModelItsOwnDiagram() {
        BpmnModelInstance model = new FlowModelBuilder()
                .process("first").step("A", "SUCCESS->B", "FAIL->A").step("B", "SUCCESS->done")
                .process("second").step("X", "OK->done", "AGAIN->X")
                .process("third").step("Only")
                .build();

        layout.apply(model);

        assertValidReadableAndRoundTrips(model);
        assertThat(model.getModelElementsByType(BpmnDiagram.class))
                .extracting(diagram -> diagram.getBpmnPlane().getBpmnElement().getId())
                .containsExactly("first", "second", "third");
    }

    @Test
    void keepsLongTaskNamesAndOddIdsApart() {
        BpmnModelInstance model = new FlowModelBuilder().process("names")
                .namedStep("A", "A very long step name that wraps over several lines (some-action-with-a-long-name)",
                        "A_STATE_WITH_A_RATHER_LONG_NAME->B", "FAIL->A")
                .namedStep("B", "B <&> \"quoted\"", "SUCCESS->done")
                .build();

        layout.apply(model);

        assertValidReadableAndRoundTrips(model);
    }

    @Test
    void replacesTheDiagramWhenAppliedAgain() {
        BpmnModelInstance model = fiveStepFlow();
        layout.apply(model);
        String first = Bpmn.convertToString(model);

        layout.apply(model);

        assertThat(model.getModelElementsByType(BpmnDiagram.class)).hasSize(1);
        assertThat(Bpmn.convertToString(model)).isEqualTo(first);
        assertValidReadableAndRoundTrips(model);
    }

    @Test
    void leavesAnEmptyProcessWithAnEmptyDiagram() {
        BpmnModelInstance model = new FlowModelBuilder().process("empty").build();
        model.getModelElementsByType(Process.class).iterator().next().getFlowElements().clear();

        layout.apply(model);

        assertThat(model.getModelElementsByType(BpmnDiagram.class)).hasSize(1);
        assertThat(model.getModelElementsByType(BpmnShape.class)).isEmpty();
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void laysOutRandomFlowsOfTwoHundredSteps(long seed) {
        BpmnModelInstance model = RandomFlows.randomFlow("random" + seed, 200, seed);

        layout.apply(model);

        assertValidReadableAndRoundTrips(model);
    }

    /** Big enough for the large-graph settings (no crossing minimisation), which change the picture. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9})
    void laysOutRandomFlowsOfFiveHundredSteps(long seed) {
        BpmnModelInstance model = RandomFlows.randomFlow("big" + seed, 500, seed);

        layout.apply(model);

        assertValidReadableAndRoundTrips(model);
    }

    /** The benchmark's shape: each step goes on, retries itself, or goes three steps back. */
    @Test
    void drawsABigChainOfStepsOnOneLineFromLeftToRight() {
        int steps = 400;
        FlowModelBuilder builder = new FlowModelBuilder().process("long");
        for (int i = 1; i <= steps; i++) {
            builder.step("S" + i, "SUCCESS->" + (i == steps ? "done" : "S" + (i + 1)), "FAIL->S" + i,
                    "RETRY->S" + Math.max(1, i - 3));
        }
        BpmnModelInstance model = builder.build();

        layout.apply(model);

        assertValidReadableAndRoundTrips(model);
        Map<String, Bounds> shapes = boundsById(model);
        List<Bounds> tasks = IntStream.rangeClosed(1, steps).mapToObj(i -> shapes.get("long_S" + i)).toList();
        assertThat(tasks).extracting(Bounds::getY).containsOnly(tasks.get(0).getY());
        assertThat(tasks).extracting(Bounds::getX).isSorted().doesNotHaveDuplicates();
    }

    /** A loop's label wider than the room under its step widens the step's room instead of reaching a neighbour. */
    @Test
    void keepsLongLoopLabelsClearOfTheNeighbours() {
        String waiting = "WAITING_FOR_THE_SECOND_MANUAL_APPROVAL_OF_THE_RELEASE_MANAGER";
        FlowModelBuilder builder = new FlowModelBuilder().process("wordy");
        for (int i = 1; i <= 4; i++) {
            builder.step("S" + i, "OK->" + (i == 4 ? "done" : "S" + (i + 1)), waiting + "->S" + i);
        }
        BpmnModelInstance model = builder.build();

        layout.apply(model);

        assertValidReadableAndRoundTrips(model);
        Bounds task = bounds(model, "wordy_S2");
        Bounds label = edge(model, "wordy_S2_on_" + waiting).getBpmnLabel().getBounds();
        assertThat(label.getX()).isGreaterThanOrEqualTo(task.getX());
        assertThat(label.getX() + label.getWidth()).isLessThan(bounds(model, "wordy_S3").getX());
    }

    /** In a big flow each step draws its own loop under its task and its gateway's labels beside the gateway. */
    @Test
    void drawsLoopsUnderTheStepAndLabelsBesideTheGatewayInABigFlow() {
        int steps = 400;
        FlowModelBuilder builder = new FlowModelBuilder().process("big");
        for (int i = 1; i <= steps; i++) {
            builder.step("S" + i, "SUCCESS->" + (i == steps ? "done" : "S" + (i + 1)), "FAIL->S" + i);
        }
        BpmnModelInstance model = builder.build();

        layout.apply(model);

        assertReadable(model);
        Bounds task = bounds(model, "big_S7");
        Bounds gateway = bounds(model, "big_S7_gateway");
        List<Waypoint> loop = List.copyOf(edge(model, "big_S7_on_FAIL").getWaypoints());
        assertThat(loop.get(0).getX()).isEqualTo(gateway.getX() + gateway.getWidth() / 2);
        assertThat(loop.get(0).getY()).isEqualTo(gateway.getY() + gateway.getHeight());
        Waypoint last = loop.get(loop.size() - 1);
        assertThat(last.getY()).isEqualTo(task.getY() + task.getHeight());
        assertThat(last.getX()).isBetween(task.getX(), task.getX() + task.getWidth());
        assertThat(loop).allSatisfy(point -> assertThat(point.getY()).isGreaterThanOrEqualTo(gateway.getY() + gateway.getHeight()));
        Bounds loopLabel = edge(model, "big_S7_on_FAIL").getBpmnLabel().getBounds();
        assertThat(loopLabel.getY()).isGreaterThan(task.getY() + task.getHeight());
        BpmnEdge onwards = edge(model, "big_S7_on_SUCCESS");
        Waypoint first = onwards.getWaypoints().iterator().next();
        assertThat(first.getX()).isEqualTo(gateway.getX() + gateway.getWidth());
        assertThat(first.getY()).isEqualTo(gateway.getY() + gateway.getHeight() / 2);
        Bounds label = onwards.getBpmnLabel().getBounds();
        assertThat(label.getX()).isGreaterThan(gateway.getX() + gateway.getWidth());
        assertThat(label.getY() + label.getHeight()).isLessThan(first.getY());
    }

    @Test
    void laysOutSeveralRandomProcessesInOneModel() {
        Random random = new Random(42);
        FlowModelBuilder builder = new FlowModelBuilder();
        for (int i = 0; i < 3; i++) {
            RandomFlows.addRandomProcess(builder, "p" + i, 30, random);
        }
        BpmnModelInstance model = builder.build();

        layout.apply(model);

        assertValidReadableAndRoundTrips(model);
    }

    @Test
    void givesTheSameDiagramWhenCalledFromManyThreadsAtOnce() throws Exception {
        List<Long> seeds = LongStream.range(100, 108).boxed().toList();
        List<List<String>> expected = new ArrayList<>();
        for (long seed : seeds) {
            BpmnModelInstance model = RandomFlows.randomFlow("p", 60, seed);
            layout.apply(model);
            expected.add(diagramOf(model));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (long seed : seeds) {
                    results.add(pool.submit(() -> {
                        BpmnModelInstance model = RandomFlows.randomFlow("p", 60, seed);
                        layout.apply(model);
                        return diagramOf(model);
                    }));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % seeds.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Geometry rules, schema validity, and the same DI after writing and reading the XML. */
    private static void assertValidReadableAndRoundTrips(BpmnModelInstance model) {
        assertReadable(model);
        Bpmn.validateModel(model);
        String xml = Bpmn.convertToString(model);
        BpmnModelInstance reread = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertReadable(reread);
        assertThat(diagramOf(reread)).isEqualTo(diagramOf(model));
    }

    /** Every shape's bounds and every edge's waypoints, by element id, as text. */
    private static List<String> diagramOf(BpmnModelInstance model) {
        List<String> lines = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            Bounds b = shape.getBounds();
            lines.add(shape.getBpmnElement().getId() + " " + b.getX() + "," + b.getY() + " " + b.getWidth() + "x"
                    + b.getHeight() + (shape.getBpmnLabel() == null ? "" : " label " + text(shape.getBpmnLabel().getBounds())));
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            StringBuilder line = new StringBuilder(edge.getBpmnElement().getId());
            for (Waypoint w : edge.getWaypoints()) {
                line.append(' ').append(w.getX()).append(',').append(w.getY());
            }
            if (edge.getBpmnLabel() != null) {
                line.append(" label ").append(text(edge.getBpmnLabel().getBounds()));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String text(Bounds b) {
        return b.getX() + "," + b.getY() + " " + b.getWidth() + "x" + b.getHeight();
    }

    private static BpmnEdge edge(BpmnModelInstance model, String flowId) {
        BaseElement flow = model.getModelElementById(flowId);
        return model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(edge -> edge.getBpmnElement() == flow)
                .findFirst().orElseThrow();
    }

    /** Each shape's bounds by its element's id, read in one pass: a search per element is slow in big models. */
    private static Map<String, Bounds> boundsById(BpmnModelInstance model) {
        Map<String, Bounds> bounds = new HashMap<>();
        model.getModelElementsByType(BpmnShape.class).forEach(shape -> bounds.put(shape.getBpmnElement().getId(), shape.getBounds()));
        return bounds;
    }

    private static Bounds bounds(BpmnModelInstance model, String elementId) {
        BaseElement element = model.getModelElementById(elementId);
        return model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() == element)
                .findFirst().orElseThrow().getBounds();
    }
}
