package org.echoer.fsl.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepPairsTest {

    private static final LayoutNode START = new LayoutNode("start", 36, 36, Optional.of("start"), false);
    private static final LayoutNode TASK = new LayoutNode("task", 100, 80, Optional.empty(), false);
    private static final LayoutNode GATEWAY = new LayoutNode("gateway", 50, 50, Optional.empty(), true);
    private static final LayoutNode END = new LayoutNode("end", 36, 36, Optional.of("done"), false);

    private static final LayoutGraph STEP_WITH_LOOP = new LayoutGraph(List.of(START, TASK, GATEWAY, END), List.of(
            new LayoutEdge("in", "start", "task", Optional.empty()),
            new LayoutEdge("link", "task", "gateway", Optional.empty()),
            new LayoutEdge("again", "gateway", "task", Optional.of("FAIL")),
            new LayoutEdge("on", "gateway", "end", Optional.of("SUCCESS"))));

    /** ELK's self-loop routing iterates a hash set, so the same graph could be drawn differently per JVM run. */
    @Test
    void handsNoLoopOfAStepToTheLayeredAlgorithm() {
        LayoutGraph condensed = StepPairs.of(STEP_WITH_LOOP).condense(STEP_WITH_LOOP);

        assertThat(condensed.edges()).noneMatch(edge -> edge.sourceId().equals(edge.targetId()));
        assertThat(condensed.edges()).extracting(LayoutEdge::id).containsExactly("in", "on");
        assertThat(condensed.edges()).filteredOn(edge -> edge.id().equals("on"))
                .extracting(LayoutEdge::label).containsExactly(Optional.of("SUCCESS"));
    }

    @Test
    void keepsRoomUnderTheTaskForTheLoopAndItsLabel() {
        LayoutNode box = StepPairs.of(STEP_WITH_LOOP).condense(STEP_WITH_LOOP).nodes().get(1);

        assertThat(box.id()).isEqualTo("task");
        assertThat(box.height()).isEqualTo(80 + OwnDecorations.LOOP_DROP + OwnDecorations.LABEL_GAP + TextMetrics.labelHeight());
        assertThat(box.portY()).isEqualTo(40);
    }

    @Test
    void inABigDiagramTakesTheGatewaysLabelsAwayFromTheLayeredAlgorithmToo() {
        LayoutGraph condensed = StepPairs.of(STEP_WITH_LOOP).drawingOwnLabels().condense(STEP_WITH_LOOP);

        assertThat(condensed.edges()).allMatch(edge -> edge.label().isEmpty());
        assertThat(condensed.nodes().get(1).width()).isGreaterThan(100 + StepPairs.GAP + 50);
    }
}
