/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeSet;

import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.Point;

/**
 * Routes connections as orthogonal polylines around boxes: a shortest path with few bends on a grid made of the
 * boxes' outlines (kept at a distance), the channels between them and the ports, avoiding the boxes, preferring not
 * to run along a route already drawn (so parallel connections stay apart) and not to cross a label. Each route found
 * is remembered, so the next one keeps away from it.
 */
public final class OrthogonalRouter {

    /** The side of a box a connection leaves or enters by; its direction points away from the box. */
    public enum Side {
        TOP(0, -1), BOTTOM(0, 1), LEFT(-1, 0), RIGHT(1, 0);

        final int dx;
        final int dy;

        Side(int dx, int dy) {
            this.dx = dx;
            this.dy = dy;
        }

        /** Whether ports on this side are spread along the x axis. */
        public boolean horizontal() {
            return this == TOP || this == BOTTOM;
        }
    }

    /** Clearance kept between a route and a box it passes. */
    public static final double CLEARANCE = 12;
    private static final double BEND = 28;
    private static final double ALONG_PER_PIXEL = 12;
    private static final double ALONG = 300;
    private static final double CROSSING = 30;
    private static final double THROUGH_LABEL = 160;
    private static final double NEAR = 3;
    private static final double LANE = 10;
    private static final double NEIGHBOURHOOD = 120;
    private static final int LANES = 3;
    private static final int[] DX = { 0, 0, -1, 1 };
    private static final int[] DY = { -1, 1, 0, 0 };

    private record Segment(Point a, Point b) {
        boolean vertical() {
            return a.x() == b.x();
        }
    }

    private final List<Segment> drawn = new ArrayList<>();
    private final List<Box> labels = new ArrayList<>();

    /** Routes already drawn, to keep away from. */
    public void avoidRoute(List<Point> route) {
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            if (a.x() == b.x() || a.y() == b.y()) {
                drawn.add(new Segment(a, b));
            }
        }
    }

    /** A label to keep away from. */
    public void avoidLabel(Box label) {
        labels.add(label);
    }

    /**
     * A route from {@code start} (on {@code startSide} of its box, or a free point when the side is empty) to
     * {@code end}, around {@code obstacles} at {@code clearance} or more; empty if the boxes leave no way. The route
     * is the middle of lines {@code halfWidth} either side of it, which keep off the routes drawn. It is not
     * remembered: call {@link #avoidRoute} for what is drawn.
     */
    public Optional<List<Point>> route(Point start, Optional<Side> startSide, Point end, Optional<Side> endSide,
            List<Box> obstacles, double clearance, double halfWidth) {
        double stub = Math.min(clearance, facingGap(start, startSide, end, endSide) / 2);
        Point from = startSide.map(side -> offset(start, side, stub)).orElse(start);
        Point to = endSide.map(side -> offset(end, side, stub)).orElse(end);
        List<Box> blocked = new ArrayList<>();
        for (Box box : obstacles) {
            Box grown = box.grow(clearance);
            if (grown.containsStrictly(from.x(), from.y()) || grown.containsStrictly(to.x(), to.y())) {
                grown = box.grow(1);
            }
            blocked.add(grown);
        }
        int startDirection = startSide.map(OrthogonalRouter::direction).orElse(-1);
        int endDirection = endSide.map(side -> direction(side) ^ 1).orElse(-1);
        // most routes stay near their ends: search there first, and the whole drawing only if that fails
        Box near = new Box(Math.min(from.x(), to.x()), Math.min(from.y(), to.y()), Math.abs(to.x() - from.x()),
                Math.abs(to.y() - from.y())).grow(NEIGHBOURHOOD + clearance);
        List<Point> path = new Grid(from, to, blocked, clearance, halfWidth, Optional.of(near))
                .search(startDirection, endDirection);
        if (path.isEmpty()) {
            path = new Grid(from, to, blocked, clearance, halfWidth, Optional.empty()).search(startDirection,
                    endDirection);
        }
        if (path.isEmpty()) {
            return Optional.empty();
        }
        List<Point> route = new ArrayList<>();
        route.add(start);
        route.addAll(path);
        route.add(end);
        return Optional.of(simplify(route));
    }

    /**
     * How far apart two sides facing each other are (the bottom of one box above the top of the other, or a right
     * side left of a left side); infinite for sides that do not face each other.
     */
    private static double facingGap(Point start, Optional<Side> startSide, Point end, Optional<Side> endSide) {
        if (startSide.isEmpty() || endSide.isEmpty() || startSide.get().dx != -endSide.get().dx
                || startSide.get().dy != -endSide.get().dy) {
            return Double.POSITIVE_INFINITY;
        }
        Side side = startSide.get();
        double gap = side.dx * (end.x() - start.x()) + side.dy * (end.y() - start.y());
        return gap > 0 ? gap : Double.POSITIVE_INFINITY;
    }

    private static Point offset(Point point, Side side, double distance) {
        return new Point(point.x() + side.dx * distance, point.y() + side.dy * distance);
    }

    /** The index into {@link #DX}/{@link #DY} of the side's outward direction; {@code d ^ 1} is its opposite. */
    private static int direction(Side side) {
        return switch (side) {
            case TOP -> 0;
            case BOTTOM -> 1;
            case LEFT -> 2;
            case RIGHT -> 3;
        };
    }

    /** Drops repeated points and the middle of three points on one line. */
    public static List<Point> simplify(List<Point> route) {
        List<Point> result = new ArrayList<>();
        for (Point point : route) {
            if (!result.isEmpty() && same(result.get(result.size() - 1), point)) {
                continue;
            }
            if (result.size() >= 2) {
                Point a = result.get(result.size() - 2);
                Point b = result.get(result.size() - 1);
                if (a.x() == b.x() && b.x() == point.x() || a.y() == b.y() && b.y() == point.y()) {
                    result.set(result.size() - 1, point);
                    continue;
                }
            }
            result.add(point);
        }
        return result;
    }

    private static boolean same(Point a, Point b) {
        return Math.abs(a.x() - b.x()) < 1e-6 && Math.abs(a.y() - b.y()) < 1e-6;
    }

    /** The search grid of one route: lines through the points that matter, and the costs of moving along them. */
    private final class Grid {

        private final double[] xs;
        private final double[] ys;
        private final List<Box> blocked;
        private final List<Segment> routes;
        private final List<Box> texts;
        private final double near;
        private final int startX;
        private final int startY;
        private final int endX;
        private final int endY;
        private final double[] costRight;
        private final double[] costDown;

        /** The grid over the whole drawing, or only over {@code region} (and what lies in it). */
        Grid(Point from, Point to, List<Box> all, double clearance, double halfWidth, Optional<Box> region) {
            this.blocked = region.map(r -> all.stream().filter(r::overlaps).toList()).orElse(all);
            this.routes = region.map(r -> drawn.stream().filter(d -> r.grow(1).overlaps(new Box(
                    Math.min(d.a().x(), d.b().x()), Math.min(d.a().y(), d.b().y()), Math.abs(d.b().x() - d.a().x()),
                    Math.abs(d.b().y() - d.a().y())).grow(NEAR))).toList()).orElse(drawn);
            this.texts = region.map(r -> labels.stream().filter(r::overlaps).toList()).orElse(labels);
            this.near = NEAR + halfWidth;
            TreeSet<Double> x = new TreeSet<>();
            TreeSet<Double> y = new TreeSet<>();
            x.add(from.x());
            x.add(to.x());
            y.add(from.y());
            y.add(to.y());
            double minX = Math.min(from.x(), to.x());
            double maxX = Math.max(from.x(), to.x());
            double minY = Math.min(from.y(), to.y());
            double maxY = Math.max(from.y(), to.y());
            for (Box box : blocked) {
                x.add(box.x());
                x.add(box.right());
                y.add(box.y());
                y.add(box.bottom());
                minX = Math.min(minX, box.x());
                maxX = Math.max(maxX, box.right());
                minY = Math.min(minY, box.y());
                maxY = Math.max(maxY, box.bottom());
            }
            if (region.isPresent()) {
                Box r = region.get();
                double left = Math.max(1, r.x());
                double top = Math.max(1, r.y());
                x.removeIf(line -> line < left || line > r.right());
                y.removeIf(line -> line < top || line > r.bottom());
                x.add(left);
                x.add(r.right());
                y.add(top);
                y.add(r.bottom());
            } else {
                x.add(Math.max(1, minX - clearance));
                x.add(maxX + clearance);
                y.add(Math.max(1, minY - clearance));
                y.add(maxY + clearance);
            }
            xs = withChannels(x);
            ys = withChannels(y);
            startX = Arrays.binarySearch(xs, from.x());
            startY = Arrays.binarySearch(ys, from.y());
            endX = Arrays.binarySearch(xs, to.x());
            endY = Arrays.binarySearch(ys, to.y());
            costRight = new double[xs.length * ys.length];
            costDown = new double[xs.length * ys.length];
            Arrays.fill(costRight, Double.NaN);
            Arrays.fill(costDown, Double.NaN);
        }

        /** The lines, with lanes between each two: the middle, and up to three more either side where there is room. */
        private static double[] withChannels(TreeSet<Double> lines) {
            TreeSet<Double> all = new TreeSet<>(lines);
            Double previous = null;
            for (double line : lines) {
                if (previous != null) {
                    double gap = line - previous;
                    double middle = previous + gap / 2;
                    all.add(middle);
                    for (int lane = 1; lane <= LANES && lane * LANE < gap / 2 - 4; lane++) {
                        all.add(middle - lane * LANE);
                        all.add(middle + lane * LANE);
                    }
                }
                previous = line;
            }
            return all.stream().mapToDouble(Double::doubleValue).toArray();
        }

        private int index(int i, int j) {
            return j * xs.length + i;
        }

        /** The cost of the step from (i, j) one line further in direction d, or infinity where a box is. */
        private double step(int i, int j, int d) {
            int ni = i + DX[d];
            int nj = j + DY[d];
            if (ni < 0 || nj < 0 || ni >= xs.length || nj >= ys.length) {
                return Double.POSITIVE_INFINITY;
            }
            boolean vertical = DX[d] == 0;
            int ci = Math.min(i, ni);
            int cj = Math.min(j, nj);
            double[] cache = vertical ? costDown : costRight;
            int key = index(ci, cj);
            if (Double.isNaN(cache[key])) {
                Point a = new Point(xs[ci], ys[cj]);
                Point b = vertical ? new Point(xs[ci], ys[cj + 1]) : new Point(xs[ci + 1], ys[cj]);
                cache[key] = cost(a, b);
            }
            return cache[key];
        }

        private double cost(Point a, Point b) {
            double midX = (a.x() + b.x()) / 2;
            double midY = (a.y() + b.y()) / 2;
            for (Box box : blocked) {
                if (box.containsStrictly(midX, midY)) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            double length = Math.abs(b.x() - a.x()) + Math.abs(b.y() - a.y());
            double cost = length;
            boolean vertical = a.x() == b.x();
            for (Segment other : routes) {
                if (other.vertical() == vertical) {
                    double distance = vertical ? Math.abs(other.a().x() - a.x()) : Math.abs(other.a().y() - a.y());
                    double overlap = vertical ? overlap(a.y(), b.y(), other.a().y(), other.b().y())
                            : overlap(a.x(), b.x(), other.a().x(), other.b().x());
                    if (distance < near && overlap > 0.5) {
                        cost += ALONG + ALONG_PER_PIXEL * overlap;
                    }
                } else if (crosses(a, b, other)) {
                    cost += CROSSING;
                }
            }
            for (Box label : texts) {
                if (label.crossedBy(a, b)) {
                    cost += THROUGH_LABEL;
                }
            }
            return cost;
        }

        private static double overlap(double a1, double a2, double b1, double b2) {
            return Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));
        }

        private static boolean crosses(Point a, Point b, Segment other) {
            Point c = other.a();
            Point d = other.b();
            if (a.x() == b.x()) {
                return Math.min(c.x(), d.x()) < a.x() && a.x() < Math.max(c.x(), d.x())
                        && Math.min(a.y(), b.y()) < c.y() && c.y() < Math.max(a.y(), b.y());
            }
            return Math.min(c.y(), d.y()) < a.y() && a.y() < Math.max(c.y(), d.y())
                    && Math.min(a.x(), b.x()) < c.x() && c.x() < Math.max(a.x(), b.x());
        }

        /**
         * The cheapest path (A*, states are a grid point and the direction arrived in), leaving in
         * {@code startDirection} and arriving in {@code endDirection} (-1: any); empty if there is none.
         */
        List<Point> search(int startDirection, int endDirection) {
            if (startX < 0 || startY < 0 || endX < 0 || endY < 0) {
                return List.of();
            }
            int states = xs.length * ys.length * 4;
            double[] best = new double[states];
            int[] previous = new int[states];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            Arrays.fill(previous, -1);
            PriorityQueue<double[]> open = new PriorityQueue<>((p, q) -> Double.compare(p[0], q[0]));
            for (int d = 0; d < 4; d++) {
                if (startDirection < 0 || d == startDirection) {
                    int state = index(startX, startY) * 4 + d;
                    best[state] = 0;
                    open.add(new double[] { heuristic(startX, startY), state });
                }
            }
            double bestEnd = Double.POSITIVE_INFINITY;
            int endState = -1;
            while (!open.isEmpty()) {
                double[] top = open.poll();
                int state = (int) top[1];
                if (top[0] >= bestEnd) {
                    break;
                }
                int cell = state / 4;
                int d = state % 4;
                int i = cell % xs.length;
                int j = cell / xs.length;
                double g = best[state];
                if (top[0] > g + heuristic(i, j) + 1e-9) {
                    continue;
                }
                if (i == endX && j == endY) {
                    double total = g + (endDirection < 0 || d == endDirection ? 0 : BEND);
                    if (total < bestEnd) {
                        bestEnd = total;
                        endState = state;
                    }
                    continue;
                }
                for (int nd = 0; nd < 4; nd++) {
                    if (nd == (d ^ 1) && (g > 0 || startDirection >= 0)) {
                        continue;
                    }
                    double cost = step(i, j, nd);
                    if (cost == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double next = g + cost + (nd == d ? 0 : BEND);
                    int ni = i + DX[nd];
                    int nj = j + DY[nd];
                    int nextState = index(ni, nj) * 4 + nd;
                    if (next < best[nextState] - 1e-9) {
                        best[nextState] = next;
                        previous[nextState] = state;
                        open.add(new double[] { next + heuristic(ni, nj), nextState });
                    }
                }
            }
            if (endState < 0) {
                return List.of();
            }
            List<Point> path = new ArrayList<>();
            for (int state = endState; state >= 0; state = previous[state]) {
                int cell = state / 4;
                path.add(0, new Point(xs[cell % xs.length], ys[cell / xs.length]));
            }
            return path;
        }

        private double heuristic(int i, int j) {
            return Math.abs(xs[i] - xs[endX]) + Math.abs(ys[j] - ys[endY]);
        }
    }
}
