/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.DiagramEdge;
import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.diagram.layout.Point;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;

/**
 * What makes a drawing of a control structure legible, checked on its geometry: no route passes through a box (nor
 * through its own boxes, which it only touches), no two routes run along each other, no label covers a box or
 * another label, and everything lies on the drawing.
 */
final class DrawingChecks {

    private DrawingChecks() {
    }

    /** What is wrong with the drawing, in words; empty when it is legible. */
    static List<String> problems(DiagramLayout layout) {
        List<String> problems = new ArrayList<>();
        List<DiagramEdge> edges = layout.edges();
        for (int e = 0; e < edges.size(); e++) {
            DiagramEdge edge = edges.get(e);
            Connection connection = edge.connection();
            String name = "'" + connection.getName() + "'";
            for (DiagramNode node : layout.nodes()) {
                Component component = node.component();
                if (contains(component, connection.getSource()) || contains(component, connection.getTarget())) {
                    continue;
                }
                boolean own = component == connection.getSource() || component == connection.getTarget();
                Box box = own ? node.bounds().grow(-1) : node.bounds();
                if (crosses(edge.route(), box)) {
                    problems.add(name + " runs through " + (own ? "its own box " : "") + component.getName());
                }
                if (edge.label().isPresent() && edge.label().get().bounds().overlaps(node.bounds())) {
                    problems.add("the label of " + name + " covers " + component.getName());
                }
            }
            for (int f = e + 1; f < edges.size(); f++) {
                DiagramEdge other = edges.get(f);
                if (alongside(edge.route(), other.route())) {
                    problems.add(name + " runs along '" + other.connection().getName() + "'");
                }
                if (edge.label().isPresent() && other.label().isPresent()
                        && edge.label().get().bounds().overlaps(other.label().get().bounds())) {
                    problems.add("the labels of " + name + " and '" + other.connection().getName() + "' overlap");
                }
            }
            edge.label().ifPresent(label -> {
                if (label.bounds().x() < 0 || label.bounds().y() < 0 || label.bounds().right() > layout.width()
                        || label.bounds().bottom() > layout.height()) {
                    problems.add("the label of " + name + " lies outside the drawing");
                }
            });
            if (edge.route().size() < 2) {
                problems.add(name + " has no route");
            }
        }
        return problems;
    }

    /** Whether a stretch of the route passes through the box (touching its outline does not count). */
    static boolean crosses(List<Point> route, Box box) {
        for (int i = 1; i < route.size(); i++) {
            if (box.crossedBy(route.get(i - 1), route.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two routes share a stretch (run on one line, the one over the other, for more than 2 px). */
    static boolean alongside(List<Point> a, List<Point> b) {
        for (int i = 1; i < a.size(); i++) {
            for (int j = 1; j < b.size(); j++) {
                Point p = a.get(i - 1);
                Point q = a.get(i);
                Point r = b.get(j - 1);
                Point s = b.get(j);
                boolean vertical = p.x() == q.x() && r.x() == s.x() && Math.abs(p.x() - r.x()) < 2
                        && overlap(p.y(), q.y(), r.y(), s.y()) > 2;
                boolean horizontal = p.y() == q.y() && r.y() == s.y() && Math.abs(p.y() - r.y()) < 2
                        && overlap(p.x(), q.x(), r.x(), s.x()) > 2;
                if (vertical || horizontal) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double overlap(double a1, double a2, double b1, double b2) {
        return Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));
    }

    /** Whether {@code container} holds {@code component} at any depth (not itself). */
    private static boolean contains(Component container, Component component) {
        for (EObject parent = component == null ? null : component.eContainer(); parent != null;
                parent = parent.eContainer()) {
            if (parent == container) {
                return true;
            }
        }
        return false;
    }
}
