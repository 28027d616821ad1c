/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.DiagramEdge;
import org.premortem.diagram.layout.DiagramLabel;
import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.diagram.layout.DiagramStyle;
import org.premortem.diagram.layout.EdgeKind;
import org.premortem.diagram.layout.Point;
import org.premortem.diagram.layout.TextMetrics;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlStructure;

/**
 * Reads the computed ELK layout back into a {@link DiagramLayout} in absolute coordinates. ELK gives node positions
 * relative to the parent node, and edge routes and edge labels relative to the node that contains the edge.
 */
public final class ElkLayoutReader {

    private final ElkGraphBuilder graph;
    private final TextMetrics metrics;
    private final DiagramStyle style;

    public ElkLayoutReader(ElkGraphBuilder graph, TextMetrics metrics, DiagramStyle style) {
        this.graph = graph;
        this.metrics = metrics;
        this.style = style;
    }

    public DiagramLayout read(ControlStructure structure, ElkNode root) {
        List<DiagramNode> nodes = new ArrayList<>();
        for (Map.Entry<Component, ElkNode> entry : graph.nodes().entrySet()) {
            nodes.add(node(entry.getKey(), entry.getValue()));
        }
        List<DiagramEdge> edges = new ArrayList<>();
        for (Map.Entry<Connection, ElkEdge> entry : graph.edges().entrySet()) {
            edges.add(edge(entry.getKey(), entry.getValue()));
        }
        return new DiagramLayout(structure, root.getWidth(), root.getHeight(), nodes, edges, style);
    }

    private DiagramNode node(Component component, ElkNode node) {
        Point origin = absolute(node);
        Box bounds = new Box(origin.x(), origin.y(), node.getWidth(), node.getHeight());
        int depth = style.stackDepth(component.getReplicas());
        double shift = depth * style.stackOffset();
        double width = bounds.width() - shift;
        double height = bounds.height() - shift;
        Box front = new Box(bounds.x(), bounds.y() + shift, width, height);
        List<Box> stacked = new ArrayList<>();
        for (int k = depth; k >= 1; k--) {
            double offset = k * style.stackOffset();
            stacked.add(new Box(bounds.x() + offset, bounds.y() + shift - offset, width, height));
        }
        ComponentText text = graph.texts().get(component);
        boolean container = !component.getChildren().isEmpty();
        double textWidth = text.width();
        double textX = front.x() + (front.width() - textWidth) / 2;
        double textY = container ? front.y() + style.nodePaddingY()
                : front.y() + (front.height() - text.height()) / 2;
        double nameHeight = text.nameLines().size() * metrics.lineHeight(style.nameSize());
        DiagramLabel label = new DiagramLabel(text.nameLines(), new Box(textX, textY, textWidth, nameHeight));
        Optional<Component> parent = component.eContainer() instanceof Component owner ? Optional.of(owner)
                : Optional.empty();
        return new DiagramNode(component, parent, bounds, front, stacked, label, text.caption(), container);
    }

    private DiagramEdge edge(Connection connection, ElkEdge edge) {
        Point offset = absolute(edge.getContainingNode());
        List<Point> route = new ArrayList<>();
        if (!edge.getSections().isEmpty()) {
            ElkEdgeSection section = edge.getSections().get(0);
            route.add(new Point(offset.x() + section.getStartX(), offset.y() + section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                route.add(new Point(offset.x() + bend.getX(), offset.y() + bend.getY()));
            }
            route.add(new Point(offset.x() + section.getEndX(), offset.y() + section.getEndY()));
        }
        EdgeKind kind = EdgeKind.of(connection);
        if (kind == EdgeKind.FEEDBACK) {
            Collections.reverse(route);
        }
        Optional<DiagramLabel> label = Optional.empty();
        if (!edge.getLabels().isEmpty() && graph.labels().containsKey(connection)) {
            ElkLabel elkLabel = edge.getLabels().get(0);
            label = Optional.of(new DiagramLabel(graph.labels().get(connection), new Box(offset.x() + elkLabel.getX(),
                    offset.y() + elkLabel.getY(), elkLabel.getWidth(), elkLabel.getHeight())));
        }
        return new DiagramEdge(connection, kind, route, label);
    }

    /** The position of {@code node}'s top left corner in root coordinates (the root itself is at the origin). */
    private static Point absolute(ElkNode node) {
        double x = 0;
        double y = 0;
        for (ElkNode current = node; current != null && current.getParent() != null; current = current.getParent()) {
            x += current.getX();
            y += current.getY();
        }
        return new Point(x, y);
    }
}
