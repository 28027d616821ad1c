/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.Point;

/**
 * Places connection labels beside their routes where they cover no box and no label placed before them, preferring
 * the middle of a long vertical stretch (where the Handbook writes a control action's or a feedback's name), and
 * stretches that no other route crosses. Control actions' names go left of their line, feedback's right, as ELK
 * places them.
 */
public final class LabelPlacer {

    private static final double GAP = 4;
    private static final double CLEAR = 2;
    private static final double[] ALONG = { 0.5, 0.35, 0.65, 0.2, 0.8 };
    private static final int OUTWARD = 5;
    private static final double STEP = 12;
    private static final double CROSSING = 200;
    private static final double NEAR_RADIUS = 90;
    private static final double CELL = 100;

    private final List<Box> boxes;
    /** The routes' stretches by the cells of a {@link #CELL} grid they pass, to count crossings quickly. */
    private final Map<Long, List<Point[]>> stretches = new HashMap<>();
    private final List<Box> labels = new ArrayList<>();

    /** A placer that keeps labels off {@code boxes} and, where it can, off {@code routes}. */
    public LabelPlacer(List<Box> boxes, List<List<Point>> routes) {
        this.boxes = List.copyOf(boxes);
        for (List<Point> route : routes) {
            for (int i = 1; i < route.size(); i++) {
                Point[] stretch = { route.get(i - 1), route.get(i) };
                forCells(Math.min(stretch[0].x(), stretch[1].x()), Math.min(stretch[0].y(), stretch[1].y()),
                        Math.max(stretch[0].x(), stretch[1].x()), Math.max(stretch[0].y(), stretch[1].y()),
                        cell -> stretches.computeIfAbsent(cell, c -> new ArrayList<>()).add(stretch));
            }
        }
    }

    private static void forCells(double x1, double y1, double x2, double y2, LongConsumer action) {
        for (long i = (long) Math.floor(x1 / CELL); i <= (long) Math.floor(x2 / CELL); i++) {
            for (long j = (long) Math.floor(y1 / CELL); j <= (long) Math.floor(y2 / CELL); j++) {
                action.accept(i * 1_000_003L + j);
            }
        }
    }

    /** A label already placed, which later labels must not cover. */
    public void keep(Box label) {
        labels.add(label);
    }

    /** Whether a label at {@code box} would cover no box, no label and stay on the drawing. */
    public boolean free(Box box) {
        if (box.x() < 0 || box.y() < 0) {
            return false;
        }
        Box margin = box.grow(CLEAR);
        for (Box other : boxes) {
            if (margin.overlaps(other)) {
                return false;
            }
        }
        for (Box other : labels) {
            if (margin.overlaps(other)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a label of the given size goes along {@code route}: the best free place beside it, or, if the route has
     * none, the free place nearest to its middle. The place is kept.
     */
    public Box place(double width, double height, List<Point> route, boolean preferLeft) {
        Box best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            boolean vertical = a.x() == b.x();
            double length = Math.abs(b.x() - a.x()) + Math.abs(b.y() - a.y());
            double extent = vertical ? height : width;
            for (double t : ALONG) {
                double x = a.x() + (b.x() - a.x()) * t;
                double y = a.y() + (b.y() - a.y()) * t;
                for (int out = 0; out <= OUTWARD; out++) {
                    double away = GAP + out * STEP;
                    List<Box> candidates = vertical
                            ? List.of(new Box(x - away - width, y - height / 2, width, height),
                                    new Box(x + away, y - height / 2, width, height))
                            : List.of(new Box(x - width / 2, y - away - height, width, height),
                                    new Box(x - width / 2, y + away, width, height));
                    for (int side = 0; side < 2; side++) {
                        Box candidate = candidates.get(side);
                        if (!free(candidate)) {
                            continue;
                        }
                        double score = (vertical ? 0 : 25) + Math.abs(t - 0.5) * 30
                                + (length < extent + 2 * GAP ? 40 : 0)
                                + (vertical && (side == 0) != preferLeft ? 10 : 0)
                                + out * STEP * 1.5
                                + CROSSING * crossings(candidate)
                                + Math.abs(i - route.size() / 2.0) * 2;
                        if (score < bestScore) {
                            bestScore = score;
                            best = candidate;
                        }
                    }
                }
            }
        }
        if (best == null || crossings(best) > 0) {
            Box near = nearestFree(width, height, middle(route));
            if (best == null || crossings(near) == 0 && bestScore > CROSSING) {
                best = near;
            }
        }
        labels.add(best);
        return best;
    }

    /**
     * Keeps the labels at the given places if every one is free and crosses no route (a list of labels written
     * beside parallel lines); keeps none and answers false otherwise.
     */
    public boolean placeAll(List<Box> places) {
        for (int i = 0; i < places.size(); i++) {
            Box place = places.get(i);
            if (!free(place) || crossings(place) > 0) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (place.overlaps(places.get(j))) {
                    return false;
                }
            }
        }
        labels.addAll(places);
        return true;
    }

    /** How many stretches of routes pass through the label. */
    private int crossings(Box label) {
        Set<Point[]> crossed = Collections.newSetFromMap(new IdentityHashMap<>());
        forCells(label.x(), label.y(), label.right(), label.bottom(), cell -> {
            for (Point[] stretch : stretches.getOrDefault(cell, List.of())) {
                if (label.crossedBy(stretch[0], stretch[1])) {
                    crossed.add(stretch);
                }
            }
        });
        return crossed.size();
    }

    /**
     * The free place nearest to {@code centre}, searched on rings around it: the nearest that crosses no route
     * within {@link #NEAR_RADIUS}, else the nearest free one.
     */
    private Box nearestFree(double width, double height, Point centre) {
        Box fallback = null;
        for (int ring = 1; ring < 200; ring++) {
            double r = ring * 6;
            int steps = 8 * ring;
            for (int k = 0; k < steps; k++) {
                double angle = 2 * Math.PI * k / steps;
                Box candidate = new Box(centre.x() + r * Math.cos(angle) - width / 2,
                        centre.y() + r * Math.sin(angle) - height / 2, width, height);
                if (!free(candidate)) {
                    continue;
                }
                if (crossings(candidate) == 0) {
                    return candidate;
                }
                if (fallback == null) {
                    fallback = candidate;
                }
            }
            if (fallback != null && r > NEAR_RADIUS) {
                return fallback;
            }
        }
        return fallback != null ? fallback : new Box(centre.x(), centre.y(), width, height);
    }

    /** The point halfway along the route. */
    private static Point middle(List<Point> route) {
        if (route.isEmpty()) {
            return new Point(0, 0);
        }
        double total = 0;
        for (int i = 1; i < route.size(); i++) {
            total += distance(route.get(i - 1), route.get(i));
        }
        double left = total / 2;
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            double length = distance(a, b);
            if (length >= left && length > 0) {
                double t = left / length;
                return new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
            }
            left -= length;
        }
        return route.get(route.size() - 1);
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }
}
