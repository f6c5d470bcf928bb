package org.echoer.fsl.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a step's box draws itself, so ELK never sees it: the flows looping back into the step and, in a big
 * diagram, the labels of the flows leaving the step's gateway. ELK's handling of edge labels and self-loops
 * took a third of a big layout (and its self-loop routing depends on hash order, so the same graph could
 * come out differently from one JVM to the next); both fit in room kept inside the box:
 *
 * <pre>
 *            SUCCESS
 *            RETRY
 *   [ task ]--&gt;&lt;gw&gt;--------|   ELK's routes start at the box's right side, level with the gateway
 *      ^        |
 *      +--------+               a loop back into the step, under the task; more loops nest further down
 *         FAIL
 * </pre>
 *
 * The box's side ports stay level with the middle of the task and the gateway.
 */
final class OwnDecorations {

    /** Between a label and the line or shape it belongs to. */
    static final int LABEL_GAP = 3;

    /** How far the first loop runs below the task. */
    static final int LOOP_DROP = 15;

    /** Apart from each other where several loops enter the task, so their arrows do not coincide. */
    private static final int LOOP_ENTRY_STEP = 10;

    private final List<LayoutEdge> exits;
    private final List<LayoutEdge> loops;

    /**
     * @param exits the flows leaving the gateway for other nodes, in document order
     * @param loops the flows from the gateway back into its own task
     */
    OwnDecorations(List<LayoutEdge> exits, List<LayoutEdge> loops) {
        this.exits = List.copyOf(exits);
        this.loops = List.copyOf(loops);
    }

    /** The column right of the gateway that holds the exits' labels. */
    int labelsWidth() {
        int widest = exits.stream().flatMap(edge -> edge.label().stream()).mapToInt(TextMetrics::labelWidth).max().orElse(0);
        return widest == 0 ? 0 : LABEL_GAP + widest + LABEL_GAP;
    }

    /**
     * How far right of the task's left side the loops' labels reach: each is centred under its loop, or
     * starts at the task's left side when it is wider than that allows.
     *
     * @param gatewayCentre the gateway's centre, from the task's left side
     */
    int loopLabelsReach(int taskWidth, int gatewayCentre) {
        int reach = 0;
        for (LayoutEdge loop : loops) {
            if (loop.label().isPresent()) {
                int width = TextMetrics.labelWidth(loop.label().get());
                reach = Math.max(reach, loopLabelX(taskWidth / 2, gatewayCentre, width) + width);
            }
        }
        return reach;
    }

    private static int loopLabelX(int taskMiddle, int gatewayCentre, int width) {
        return Math.max(0, (taskMiddle + gatewayCentre - width) / 2);
    }

    /** The room the exits' labels need above shapes {@code shapesHeight} tall. */
    int roomAbove(int shapesHeight) {
        long labelled = exits.stream().filter(edge -> edge.label().isPresent()).count();
        int labelStack = (int) labelled * (TextMetrics.labelHeight() + LABEL_GAP);
        return Math.max(0, labelStack - shapesHeight / 2);
    }

    /** The room the loops and their labels need below the shapes. */
    int roomBelow() {
        return loops.isEmpty() ? 0 : loopY(loops.size() - 1) + LABEL_GAP + TextMetrics.labelHeight();
    }

    /** Distance of loop {@code index}'s horizontal run below the task. */
    private static int loopY(int index) {
        return LOOP_DROP + index * (TextMetrics.labelHeight() + 2 * LABEL_GAP);
    }

    /**
     * The loops, and the exits' routes as ELK placed them from the box's right side, drawn on from the
     * gateway's right corner; with {@code ownLabels} labelled here, else keeping the labels ELK placed.
     *
     * @param placed the routes ELK made, by edge id (the exits' among them)
     */
    Map<String, EdgeGeometry> draw(Rect task, Rect gateway, Map<String, EdgeGeometry> placed, boolean ownLabels) {
        Map<String, EdgeGeometry> drawn = new LinkedHashMap<>();
        drawExits(gateway, placed, ownLabels, drawn);
        drawLoops(task, gateway, drawn);
        return drawn;
    }

    private void drawExits(Rect gateway, Map<String, EdgeGeometry> placed, boolean ownLabels,
            Map<String, EdgeGeometry> drawn) {
        int middle = gateway.y() + gateway.height() / 2;
        Point corner = new Point(gateway.maxX(), middle);
        int labelLevel = middle - LABEL_GAP;
        for (LayoutEdge exit : exits) {
            EdgeGeometry fromBox = placed.get(exit.id());
            List<Point> route = new ArrayList<>();
            route.add(corner);
            route.addAll(fromBox.waypoints());
            Optional<Rect> label = ownLabels ? Optional.empty() : fromBox.label();
            Optional<String> text = ownLabels ? exit.label() : Optional.empty();
            if (text.isPresent()) {
                labelLevel -= TextMetrics.labelHeight();
                label = Optional.of(new Rect(corner.x() + LABEL_GAP, labelLevel, TextMetrics.labelWidth(text.get()),
                        TextMetrics.labelHeight()));
                labelLevel -= LABEL_GAP;
            }
            drawn.put(exit.id(), new EdgeGeometry(Waypoints.simplify(route), label));
        }
    }

    private void drawLoops(Rect task, Rect gateway, Map<String, EdgeGeometry> drawn) {
        Point bottomCorner = new Point(gateway.x() + gateway.width() / 2, gateway.maxY());
        int taskMiddle = task.x() + task.width() / 2;
        for (int i = 0; i < loops.size(); i++) {
            LayoutEdge loop = loops.get(i);
            int y = task.maxY() + loopY(i);
            int entry = Math.max(task.x() + LOOP_ENTRY_STEP, taskMiddle - i * LOOP_ENTRY_STEP);
            List<Point> route = List.of(bottomCorner, new Point(bottomCorner.x(), y), new Point(entry, y),
                    new Point(entry, task.maxY()));
            Optional<Rect> label = loop.label().map(text -> {
                int width = TextMetrics.labelWidth(text);
                int x = task.x() + loopLabelX(task.width() / 2, bottomCorner.x() - task.x(), width);
                return new Rect(x, y + LABEL_GAP, width, TextMetrics.labelHeight());
            });
            drawn.put(loop.id(), new EdgeGeometry(route, label));
        }
    }
}
