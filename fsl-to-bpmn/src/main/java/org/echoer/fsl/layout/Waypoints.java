package org.echoer.fsl.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a route computed in doubles into whole pixels without breaking it. Rounding each coordinate on its
 * own is not enough: ELK's arithmetic leaves noise (283.4999 here, 283.5 there), so the two ends of a
 * horizontal segment could round to different rows. Instead each segment is classified as horizontal or
 * vertical from the doubles and its points are made to share the rounded coordinate; the ends are put
 * exactly on the border of the rounded source and target shapes.
 */
final class Waypoints {

    private Waypoints() {
    }

    /**
     * @param xs the route's x coordinates, start to end (at least two points)
     * @param ys its y coordinates
     * @param source the rounded shape the route leaves
     * @param target the rounded shape it enters
     */
    static List<Point> snap(double[] xs, double[] ys, Rect source, Rect target) {
        int n = xs.length;
        Point start = onBorder(xs[0], ys[0], source);
        Point end = onBorder(xs[n - 1], ys[n - 1], target);
        List<Point> route = new ArrayList<>(n);
        route.add(start);
        for (int i = 1; i < n; i++) {
            Point previous = route.get(i - 1);
            Point here = i == n - 1 ? end : new Point(round(xs[i]), round(ys[i]));
            boolean horizontal = Math.abs(ys[i] - ys[i - 1]) <= Math.abs(xs[i] - xs[i - 1]);
            // the coordinate a segment shares is never the one that puts an end on its border: a route
            // leaves a side at right angles, so copying it keeps the ends where they belong
            route.add(horizontal ? new Point(here.x(), previous.y()) : new Point(previous.x(), here.y()));
        }
        return simplify(route);
    }

    /** The point on the nearest side of the rectangle, in whole pixels. */
    private static Point onBorder(double x, double y, Rect rect) {
        double toLeft = Math.abs(x - rect.x());
        double toRight = Math.abs(x - rect.maxX());
        double toTop = Math.abs(y - rect.y());
        double toBottom = Math.abs(y - rect.maxY());
        double nearest = Math.min(Math.min(toLeft, toRight), Math.min(toTop, toBottom));
        int clampedX = clamp(round(x), rect.x(), rect.maxX());
        int clampedY = clamp(round(y), rect.y(), rect.maxY());
        if (nearest == toLeft) {
            return new Point(rect.x(), clampedY);
        }
        if (nearest == toRight) {
            return new Point(rect.maxX(), clampedY);
        }
        return new Point(clampedX, nearest == toTop ? rect.y() : rect.maxY());
    }

    /**
     * Drops repeated points and the middle one of three in a straight line: after snapping, a short segment
     * may have shrunk to nothing, and a straight run split in two is just noise.
     */
    static List<Point> simplify(List<Point> route) {
        List<Point> result = new ArrayList<>(route.size());
        for (Point p : route) {
            int n = result.size();
            if (n > 0 && result.get(n - 1).equals(p)) {
                continue;
            }
            if (n > 1 && inLine(result.get(n - 2), result.get(n - 1), p)) {
                result.set(n - 1, p);
                continue;
            }
            result.add(p);
        }
        return result;
    }

    /** Whether b lies on the axis-parallel line from a to c, between them (no turning back). */
    private static boolean inLine(Point a, Point b, Point c) {
        boolean vertical = a.x() == b.x() && b.x() == c.x() && between(a.y(), b.y(), c.y());
        boolean horizontal = a.y() == b.y() && b.y() == c.y() && between(a.x(), b.x(), c.x());
        return vertical || horizontal;
    }

    private static boolean between(int a, int b, int c) {
        return (a <= b && b <= c) || (a >= b && b >= c);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    static int round(double value) {
        return (int) Math.round(value);
    }
}
