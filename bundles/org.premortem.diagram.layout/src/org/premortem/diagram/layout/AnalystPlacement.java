/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.premortem.diagram.layout.internal.EdgeRerouter;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.NodeLayout;

/**
 * Applies the analyst's placements (the control structure's {@link NodeLayout}s) to ELK's layout: placed boxes go
 * where the analyst put them, the others stay where ELK put them. A placement where ELK puts the box anyway changes
 * nothing. Connections between boxes moved together keep their shape; the other connections of moved boxes, and
 * those a moved box now lies on, are routed again around every box, with their labels placed where they cover no box
 * and no other label. The diagram editor and the reports draw the same arrangement.
 */
public final class AnalystPlacement {

    private static final double SAME = 1;
    private static final double MARGIN = 16;

    private AnalystPlacement() {
    }

    public static DiagramLayout apply(DiagramLayout automatic, ControlStructure structure) {
        Map<Component, NodeLayout> placements = new HashMap<>();
        for (NodeLayout placement : structure.getDiagram()) {
            if (placement.getElement() != null && placement.getWidth() > 0 && placement.getHeight() > 0) {
                placements.put(placement.getElement(), placement);
            }
        }
        Map<Component, DiagramNode> nodes = new HashMap<>();
        Map<Component, Box> moved = new HashMap<>();
        List<DiagramNode> placed = new ArrayList<>();
        for (DiagramNode node : automatic.nodes()) {
            NodeLayout placement = placements.get(node.component());
            DiagramNode result = node;
            if (placement != null && !same(node.bounds(), placement)) {
                result = move(node, placement, automatic.style());
                moved.put(node.component(), node.bounds());
            }
            nodes.put(node.component(), result);
            placed.add(result);
        }
        if (moved.isEmpty()) {
            return automatic;
        }
        List<DiagramEdge> edges = new ArrayList<>();
        Set<Connection> reroute = new HashSet<>();
        Set<Connection> relabel = new HashSet<>();
        for (DiagramEdge edge : automatic.edges()) {
            DiagramEdge shown = edge;
            boolean translated = false;
            Connection connection = edge.connection();
            Component source = connection.getSource();
            Component target = connection.getTarget();
            if (moved.containsKey(source) || moved.containsKey(target)) {
                Optional<Point> shift = commonShift(source, target, moved, nodes);
                if (shift.isPresent()) {
                    shown = translate(edge, shift.get());
                    translated = true;
                } else {
                    reroute.add(connection);
                }
            }
            if (!reroute.contains(connection)) {
                if (crossesBox(shown, translated ? nodes.keySet() : moved.keySet(), nodes)) {
                    reroute.add(connection);
                } else if (shown.label().map(label -> coversBox(label.bounds(), placed) || label.bounds().x() < 0
                        || label.bounds().y() < 0).orElse(false)) {
                    relabel.add(connection);
                }
            }
            edges.add(shown);
        }
        List<DiagramEdge> routed = new EdgeRerouter(placed).apply(edges, reroute, relabel);
        return new DiagramLayout(automatic.structure(), width(automatic, placed, routed),
                height(automatic, placed, routed), placed, routed, automatic.style());
    }

    private static boolean same(Box box, NodeLayout placement) {
        return Math.abs(box.x() - placement.getX()) < SAME && Math.abs(box.y() - placement.getY()) < SAME
                && Math.abs(box.width() - placement.getWidth()) < SAME
                && Math.abs(box.height() - placement.getHeight()) < SAME;
    }

    /**
     * How far both ends of a connection moved, when they moved alike and kept their size (a box moved with what it
     * contains); empty otherwise. An end that is not drawn (the system boundary) moves with the other.
     */
    private static Optional<Point> commonShift(Component source, Component target, Map<Component, Box> moved,
            Map<Component, DiagramNode> nodes) {
        Optional<Point> a = shift(source, moved, nodes);
        Optional<Point> b = shift(target, moved, nodes);
        if (source == null || !nodes.containsKey(source)) {
            return b;
        }
        if (target == null || !nodes.containsKey(target)) {
            return a;
        }
        return a.isPresent() && a.equals(b) ? a : Optional.empty();
    }

    private static Optional<Point> shift(Component component, Map<Component, Box> moved,
            Map<Component, DiagramNode> nodes) {
        Box before = moved.get(component);
        if (before == null) {
            return Optional.of(new Point(0, 0));
        }
        Box after = nodes.get(component).bounds();
        if (Math.abs(after.width() - before.width()) >= SAME || Math.abs(after.height() - before.height()) >= SAME) {
            return Optional.empty();
        }
        return Optional.of(new Point(after.x() - before.x(), after.y() - before.y()));
    }

    private static DiagramEdge translate(DiagramEdge edge, Point shift) {
        List<Point> route = edge.route().stream().map(p -> new Point(p.x() + shift.x(), p.y() + shift.y())).toList();
        return new DiagramEdge(edge.connection(), edge.kind(), route, edge.label().map(label -> new DiagramLabel(
                label.lines(), label.bounds().translate(shift.x(), shift.y()))));
    }

    /** Whether the route passes through one of the boxes that is not one of its ends nor contains one. */
    private static boolean crossesBox(DiagramEdge edge, Set<Component> boxes, Map<Component, DiagramNode> nodes) {
        Connection connection = edge.connection();
        for (Component component : boxes) {
            if (component == connection.getSource() || component == connection.getTarget()
                    || contains(component, connection.getSource()) || contains(component, connection.getTarget())) {
                continue;
            }
            Box box = nodes.get(component).bounds();
            for (int i = 1; i < edge.route().size(); i++) {
                if (box.crossedBy(edge.route().get(i - 1), edge.route().get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(Component container, Component component) {
        for (Object parent = component == null ? null : component.eContainer(); parent instanceof Component owner;
                parent = owner.eContainer()) {
            if (owner == container) {
                return true;
            }
        }
        return false;
    }

    private static boolean coversBox(Box label, List<DiagramNode> nodes) {
        return nodes.stream().anyMatch(node -> label.overlaps(node.bounds()));
    }

    private static double width(DiagramLayout automatic, List<DiagramNode> nodes, List<DiagramEdge> edges) {
        double width = automatic.width();
        for (DiagramNode node : nodes) {
            width = Math.max(width, node.bounds().right() + MARGIN);
        }
        for (DiagramEdge edge : edges) {
            for (Point point : edge.route()) {
                width = Math.max(width, point.x() + MARGIN);
            }
            width = Math.max(width, edge.label().map(label -> label.bounds().right() + MARGIN).orElse(0.0));
        }
        return width;
    }

    private static double height(DiagramLayout automatic, List<DiagramNode> nodes, List<DiagramEdge> edges) {
        double height = automatic.height();
        for (DiagramNode node : nodes) {
            height = Math.max(height, node.bounds().bottom() + MARGIN);
        }
        for (DiagramEdge edge : edges) {
            for (Point point : edge.route()) {
                height = Math.max(height, point.y() + MARGIN);
            }
            height = Math.max(height, edge.label().map(label -> label.bounds().bottom() + MARGIN).orElse(0.0));
        }
        return height;
    }

    /** The node drawn in the placement's box: stacked copies and the name follow the front box. */
    public static DiagramNode move(DiagramNode node, NodeLayout placement, DiagramStyle style) {
        Box bounds = new Box(placement.getX(), placement.getY(), placement.getWidth(), placement.getHeight());
        int depth = style.stackDepth(node.component().getReplicas());
        double shift = depth * style.stackOffset();
        double width = Math.max(1, bounds.width() - shift);
        double height = Math.max(1, bounds.height() - shift);
        Box front = new Box(bounds.x(), bounds.y() + shift, width, height);
        List<Box> stacked = new ArrayList<>();
        for (int k = depth; k >= 1; k--) {
            double offset = k * style.stackOffset();
            stacked.add(new Box(bounds.x() + offset, bounds.y() + shift - offset, width, height));
        }
        Box oldFront = node.front();
        Box oldLabel = node.label().bounds();
        double labelY = node.container() ? front.y() + (oldLabel.y() - oldFront.y())
                : front.centerY() - (oldFront.centerY() - oldLabel.y());
        Box label = new Box(front.x() + (front.width() - oldLabel.width()) / 2, labelY, oldLabel.width(),
                oldLabel.height());
        return new DiagramNode(node.component(), node.parent(), bounds, front, stacked,
                new DiagramLabel(node.label().lines(), label), node.caption(), node.container());
    }

    /** Where a component is in the diagram. */
    public static Optional<DiagramNode> node(DiagramLayout layout, Component component) {
        return layout.nodes().stream().filter(node -> node.component() == component).findFirst();
    }
}
