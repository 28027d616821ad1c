/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout;

/** An axis-parallel rectangle of a laid-out diagram, in diagram coordinates. */
public record Box(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    /** Whether the two rectangles share interior area (touching edges do not count). */
    public boolean overlaps(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** This rectangle grown by {@code margin} on every side (shrunk for a negative margin). */
    public Box grow(double margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    /** This rectangle moved by (dx, dy). */
    public Box translate(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }

    /** Whether the point lies strictly inside (not on an edge). */
    public boolean containsStrictly(double px, double py) {
        return px > x && px < right() && py > y && py < bottom();
    }

    /** Whether the straight segment from a to b passes through the interior (touching an edge does not count). */
    public boolean crossedBy(Point a, Point b) {
        double minX = Math.min(a.x(), b.x());
        double maxX = Math.max(a.x(), b.x());
        double minY = Math.min(a.y(), b.y());
        double maxY = Math.max(a.y(), b.y());
        if (maxX <= x || minX >= right() || maxY <= y || minY >= bottom()) {
            return false;
        }
        if (a.x() == b.x() || a.y() == b.y()) {
            return true;
        }
        // a slanted segment: clip it to the box (Liang-Barsky) and see whether any part is left
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = { -dx, dx, -dy, dy };
        double[] q = { a.x() - x, right() - a.x(), a.y() - y, bottom() - a.y() };
        for (int i = 0; i < 4; i++) {
            double r = q[i] / p[i];
            if (p[i] < 0) {
                t0 = Math.max(t0, r);
            } else if (p[i] > 0) {
                t1 = Math.min(t1, r);
            }
        }
        return t1 - t0 > 1e-9;
    }

    /** Whether {@code other} lies inside this rectangle (edges may touch). */
    public boolean contains(Box other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }
}
