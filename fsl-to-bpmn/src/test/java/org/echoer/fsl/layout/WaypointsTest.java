package org.echoer.fsl.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WaypointsTest {

    private final Rect source = new Rect(0, 0, 100, 80);
    private final Rect target = new Rect(200, 10, 50, 50);

    @Test
    void keepsAHorizontalSegmentHorizontalWhenItsEndsRoundApart() {
        // 35.4999 and 35.5000001 would round to 35 and 36 one by one
        List<Point> route = Waypoints.snap(new double[] {100, 200}, new double[] {35.4999, 35.5000001}, source,
                target);

        assertThat(route).containsExactly(new Point(100, 35), new Point(200, 35));
    }

    @Test
    void putsTheEndsOnTheBordersOfTheRoundedShapes() {
        List<Point> route = Waypoints.snap(new double[] {99.6, 150.2, 150.2, 200.4},
                new double[] {20.3, 20.3, 30.7, 30.7}, source, target);

        assertThat(route).containsExactly(new Point(100, 20), new Point(150, 20), new Point(150, 31),
                new Point(200, 31));
    }

    @Test
    void dropsSegmentsThatRoundingShrankToNothing() {
        List<Point> route = Waypoints.snap(new double[] {100, 150, 150, 200}, new double[] {35.2, 35.2, 35.4, 35.4},
                source, target);

        assertThat(route).containsExactly(new Point(100, 35), new Point(200, 35));
    }

    @Test
    void simplifyKeepsTurnsAndDropsRepeatsAndStraightRuns() {
        List<Point> route = Waypoints.simplify(List.of(new Point(0, 0), new Point(0, 0), new Point(5, 0),
                new Point(10, 0), new Point(10, 10), new Point(0, 10)));

        assertThat(route).containsExactly(new Point(0, 0), new Point(10, 0), new Point(10, 10), new Point(0, 10));
    }
}
