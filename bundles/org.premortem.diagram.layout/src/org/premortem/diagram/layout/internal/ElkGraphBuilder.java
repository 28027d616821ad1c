/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.premortem.diagram.layout.DiagramStyle;
import org.premortem.diagram.layout.EdgeKind;
import org.premortem.diagram.layout.TextMetrics;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlStructure;

/**
 * Turns a control structure into an ELK graph that follows the STPA Handbook's drawing conventions: layered
 * top-down by control authority (every connection enters ELK pointing from the higher component to the lower one, so
 * feedback is entered reversed), one port per connection end, and on each side of a box the control actions of a
 * pair left of its feedback, so that a control loop is drawn with its actions on the left and its feedback on the
 * right.
 */
public final class ElkGraphBuilder {

    private static final double MIN_NODE_WIDTH = 120;
    private static final double PORT_SPACING = 26;
    private static final double BOUNDARY_SIZE = 6;

    private final TextMetrics metrics;
    private final DiagramStyle style;
    private final LabelWrapper wrapper;
    private final ElkNode root = ElkGraphUtil.createGraph();
    private final Map<Component, ElkNode> nodes = new LinkedHashMap<>();
    private final Map<Component, ComponentText> texts = new LinkedHashMap<>();
    private final Map<Connection, ElkEdge> edges = new LinkedHashMap<>();
    private final Map<Connection, List<String>> labels = new LinkedHashMap<>();
    private final Map<ElkNode, List<PortEnd>> ports = new LinkedHashMap<>();
    private final Map<Component, Integer> modelOrder = new LinkedHashMap<>();

    /** A port to be ordered: which connection it serves, toward which partner, on which side. */
    private record PortEnd(ElkPort port, PortSide side, int partnerOrder, EdgeKind kind, int connectionOrder) {
    }

    public ElkGraphBuilder(TextMetrics metrics, DiagramStyle style) {
        this.metrics = metrics;
        this.style = style;
        this.wrapper = new LabelWrapper(metrics);
    }

    /** Builds the graph of {@code structure}; call once. */
    public ElkNode build(ControlStructure structure) {
        configureRoot(structure.getComponents().stream().anyMatch(component -> !component.getChildren().isEmpty()));
        for (Component component : structure.getComponents()) {
            addComponent(component, root);
        }
        int order = 0;
        for (Connection connection : structure.getConnections()) {
            addConnection(connection, order++);
        }
        orderPorts();
        return root;
    }

    public Map<Component, ElkNode> nodes() {
        return nodes;
    }

    public Map<Component, ComponentText> texts() {
        return texts;
    }

    public Map<Connection, ElkEdge> edges() {
        return edges;
    }

    public Map<Connection, List<String>> labels() {
        return labels;
    }

    /**
     * Network-simplex node placement straightens long edges best, but ELK 0.12 cannot use it across hierarchy levels,
     * so structures with nested components get Brandes-Köpf placement.
     */
    private void configureRoot(boolean nested) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, nested ? NodePlacementStrategy.BRANDES_KOEPF
                : NodePlacementStrategy.NETWORK_SIMPLEX);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 36.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 18.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 12.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 14.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 16.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(LayeredOptions.SPACING_LABEL_LABEL, 6.0);
        root.setProperty(LayeredOptions.SPACING_PORT_PORT, 14.0);
    }

    private void addComponent(Component component, ElkNode parent) {
        modelOrder.put(component, modelOrder.size());
        ElkNode node = ElkGraphUtil.createNode(parent);
        node.setIdentifier(component.getId());
        ComponentText text = ComponentText.of(component, metrics, style);
        texts.put(component, text);
        nodes.put(component, node);
        node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_ORDER);
        double stack = style.stackDepth(component.getReplicas()) * style.stackOffset();
        double width = Math.max(MIN_NODE_WIDTH, text.width() + 2 * style.nodePaddingX()) + stack;
        double height = text.height() + 2 * style.nodePaddingY() + stack;
        if (component.getChildren().isEmpty()) {
            node.setDimensions(width, height);
        } else {
            node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE,
                    SizeConstraint.PORTS));
            node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(width, height));
            node.setProperty(CoreOptions.PADDING, new ElkPadding(height + 6, 14 + stack, 14, 14));
            for (Component child : component.getChildren()) {
                addComponent(child, node);
            }
        }
    }

    private void addConnection(Connection connection, int order) {
        EdgeKind kind = EdgeKind.of(connection);
        Component upper = kind == EdgeKind.FEEDBACK ? connection.getTarget() : connection.getSource();
        Component lower = kind == EdgeKind.FEEDBACK ? connection.getSource() : connection.getTarget();
        boolean known = (upper == null || nodes.containsKey(upper)) && (lower == null || nodes.containsKey(lower));
        if (upper == null && lower == null || !known) {
            return;
        }
        ElkNode upperNode = upper == null ? boundary() : nodes.get(upper);
        ElkNode lowerNode = lower == null ? boundary() : nodes.get(lower);
        ElkPort from = port(upperNode, PortSide.SOUTH, order(lower), kind, order);
        ElkPort to = port(lowerNode, PortSide.NORTH, order(upper), kind, order);
        ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
        ElkGraphUtil.updateContainment(edge);
        edge.setIdentifier(connection.getId());
        edges.put(connection, edge);
        List<String> lines = wrapper.wrap(connection.getName(), style.maxLabelWidth(), style.labelSize(), false);
        if (!(lines.size() == 1 && lines.get(0).isEmpty())) {
            labels.put(connection, lines);
            ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", lines), edge);
            label.setDimensions(wrapper.widest(lines, style.labelSize(), false) + 6,
                    lines.size() * metrics.lineHeight(style.labelSize()) + 2);
            label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        }
    }

    private int order(Component component) {
        return component == null ? Integer.MAX_VALUE : modelOrder.get(component);
    }

    private ElkNode boundary() {
        ElkNode node = ElkGraphUtil.createNode(root);
        node.setDimensions(BOUNDARY_SIZE, BOUNDARY_SIZE);
        node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
        return node;
    }

    private ElkPort port(ElkNode node, PortSide side, int partnerOrder, EdgeKind kind, int connectionOrder) {
        ElkPort port = ElkGraphUtil.createPort(node);
        port.setDimensions(0, 0);
        port.setProperty(CoreOptions.PORT_SIDE, side);
        ports.computeIfAbsent(node, n -> new ArrayList<>()).add(new PortEnd(port, side, partnerOrder, kind,
                connectionOrder));
        return port;
    }

    /**
     * Numbers the ports of every node clockwise from the top left, as ELK's fixed order wants: the north side left to
     * right, then the south side right to left. On both sides, left to right: by partner, then control actions,
     * feedback, other connections.
     */
    private void orderPorts() {
        Comparator<PortEnd> leftToRight = Comparator.comparingInt(PortEnd::partnerOrder)
                .thenComparing(PortEnd::kind).thenComparingInt(PortEnd::connectionOrder);
        for (Map.Entry<ElkNode, List<PortEnd>> entry : ports.entrySet()) {
            List<PortEnd> north = entry.getValue().stream().filter(p -> p.side() == PortSide.NORTH)
                    .sorted(leftToRight).toList();
            List<PortEnd> south = entry.getValue().stream().filter(p -> p.side() == PortSide.SOUTH)
                    .sorted(leftToRight).toList();
            int index = 0;
            for (PortEnd end : north) {
                end.port().setProperty(CoreOptions.PORT_INDEX, index++);
            }
            for (int i = south.size() - 1; i >= 0; i--) {
                south.get(i).port().setProperty(CoreOptions.PORT_INDEX, index++);
            }
            ElkNode node = entry.getKey();
            int busiest = Math.max(north.size(), south.size());
            if (node.getChildren().isEmpty() && node.getWidth() > BOUNDARY_SIZE) {
                node.setWidth(Math.max(node.getWidth(), (busiest + 1) * PORT_SPACING));
            }
        }
    }
}
