/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.NodeLayout;

/**
 * Applies the analyst's placements (the control structure's {@link NodeLayout}s) to ELK's layout: placed boxes go
 * where the analyst put them, the others stay where ELK put them, and the connections of moved boxes are routed
 * again by the Handbook's convention: control actions leave the bottom of the controller on the left, feedback
 * enters it on the right. The diagram editor and the reports draw the same arrangement.
 */
public final class AnalystPlacement {

    private static final double ACTION_SIDE = 0.35;
    private static final double FEEDBACK_SIDE = 0.65;
    private static final double LABEL_GAP = 4;

    private AnalystPlacement() {
    }

    public static DiagramLayout apply(DiagramLayout automatic, ControlStructure structure) {
        Map<Component, NodeLayout> placements = new HashMap<>();
        for (NodeLayout placement : structure.getDiagram()) {
            if (placement.getElement() != null && placement.getWidth() > 0 && placement.getHeight() > 0) {
                placements.put(placement.getElement(), placement);
            }
        }
        if (placements.isEmpty()) {
            return automatic;
        }
        Map<Component, DiagramNode> nodes = new HashMap<>();
        List<DiagramNode> placed = new ArrayList<>();
        for (DiagramNode node : automatic.nodes()) {
            NodeLayout placement = placements.get(node.component());
            DiagramNode result = placement == null ? node : move(node, placement, automatic.style());
            nodes.put(node.component(), result);
            placed.add(result);
        }
        List<DiagramEdge> edges = new ArrayList<>();
        for (DiagramEdge edge : automatic.edges()) {
            boolean moved = placements.containsKey(edge.connection().getSource())
                    || placements.containsKey(edge.connection().getTarget());
            edges.add(moved ? reroute(edge, nodes) : edge);
        }
        double width = automatic.width();
        double height = automatic.height();
        for (DiagramNode node : placed) {
            width = Math.max(width, node.bounds().right() + 20);
            height = Math.max(height, node.bounds().bottom() + 20);
        }
        return new DiagramLayout(automatic.structure(), width, height, placed, edges, automatic.style());
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
        Box oldLabel = node.label().bounds();
        double labelY = node.container() ? front.y() + style.nodePaddingY()
                : front.y() + (front.height() - oldLabel.height()) / 2;
        Box label = new Box(front.x() + (front.width() - oldLabel.width()) / 2, labelY, oldLabel.width(),
                oldLabel.height());
        return new DiagramNode(node.component(), node.parent(), bounds, front, stacked,
                new DiagramLabel(node.label().lines(), label), node.caption(), node.container());
    }

    private static DiagramEdge reroute(DiagramEdge edge, Map<Component, DiagramNode> nodes) {
        DiagramNode source = nodes.get(edge.connection().getSource());
        DiagramNode target = nodes.get(edge.connection().getTarget());
        if (source == null || target == null) {
            return edge;
        }
        double side = edge.kind() == EdgeKind.FEEDBACK ? FEEDBACK_SIDE : ACTION_SIDE;
        Box from = source.front();
        Box to = target.front();
        List<Point> route = new ArrayList<>();
        if (from.bottom() <= to.y()) {
            double x1 = from.x() + from.width() * side;
            double x2 = to.x() + to.width() * side;
            double middle = (from.bottom() + to.y()) / 2;
            route.add(new Point(x1, from.bottom()));
            route.add(new Point(x1, middle));
            route.add(new Point(x2, middle));
            route.add(new Point(x2, to.y()));
        } else if (to.bottom() <= from.y()) {
            double x1 = from.x() + from.width() * side;
            double x2 = to.x() + to.width() * side;
            double middle = (to.bottom() + from.y()) / 2;
            route.add(new Point(x1, from.y()));
            route.add(new Point(x1, middle));
            route.add(new Point(x2, middle));
            route.add(new Point(x2, to.bottom()));
        } else {
            boolean rightwards = from.right() <= to.x();
            double y1 = from.y() + from.height() * side;
            double y2 = to.y() + to.height() * side;
            double x1 = rightwards ? from.right() : from.x();
            double x2 = rightwards ? to.x() : to.right();
            double middle = (x1 + x2) / 2;
            route.add(new Point(x1, y1));
            route.add(new Point(middle, y1));
            route.add(new Point(middle, y2));
            route.add(new Point(x2, y2));
        }
        return new DiagramEdge(edge.connection(), edge.kind(), route, edge.label().map(label -> place(label, route)));
    }

    /** Puts an edge's label beside the middle of its route. */
    private static DiagramLabel place(DiagramLabel label, List<Point> route) {
        Point a = route.get(route.size() / 2 - 1);
        Point b = route.get(route.size() / 2);
        double x = (a.x() + b.x()) / 2 + LABEL_GAP;
        double y = (a.y() + b.y()) / 2 - label.bounds().height() / 2;
        return new DiagramLabel(label.lines(), new Box(x, y, label.bounds().width(), label.bounds().height()));
    }

    /** Where a component is in the diagram. */
    public static Optional<DiagramNode> node(DiagramLayout layout, Component component) {
        return layout.nodes().stream().filter(node -> node.component() == component).findFirst();
    }
}
