/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import java.util.List;
import java.util.Optional;

import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.DiagramEdge;
import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.diagram.layout.Point;
import org.premortem.model.stpa.IdentifiedElement;

/** What lies under a point of the diagram (in layout coordinates): an edge or its label first, then the box. */
final class HitTest {

    private static final double TOLERANCE = 5;
    private static final double HANDLE = 9;

    private HitTest() {
    }

    static Optional<IdentifiedElement> elementAt(DiagramLayout layout, double x, double y) {
        for (DiagramEdge edge : layout.edges()) {
            if (edge.label().map(label -> inside(label.bounds(), x, y, 0)).orElse(false) || near(edge.route(), x, y)) {
                return Optional.of(edge.connection());
            }
        }
        return nodeAt(layout, x, y).map(DiagramNode::component);
    }

    /** The innermost box containing the point. */
    static Optional<DiagramNode> nodeAt(DiagramLayout layout, double x, double y) {
        DiagramNode found = null;
        for (DiagramNode node : layout.nodes()) {
            if (inside(node.front(), x, y, 0) && (found == null || isNestedIn(node, found))) {
                found = node;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the point is on the resize handle (bottom right corner) of the box. */
    static boolean onHandle(DiagramNode node, double x, double y) {
        Box front = node.front();
        return Math.abs(x - front.right()) <= HANDLE && Math.abs(y - front.bottom()) <= HANDLE;
    }

    private static boolean isNestedIn(DiagramNode node, DiagramNode other) {
        return node.parent().isPresent() && DiagramCommands.withDescendants(other.component()).contains(node.component());
    }

    private static boolean inside(Box box, double x, double y, double margin) {
        return x >= box.x() - margin && x <= box.right() + margin && y >= box.y() - margin && y <= box.bottom() + margin;
    }

    private static boolean near(List<Point> route, double x, double y) {
        for (int i = 1; i < route.size(); i++) {
            if (distance(route.get(i - 1), route.get(i), x, y) <= TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    private static double distance(Point a, Point b, double x, double y) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / length));
        double px = a.x() + t * dx - x;
        double py = a.y() + t * dy - y;
        return Math.sqrt(px * px + py * py);
    }
}
