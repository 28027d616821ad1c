/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.ControlStructureLayouter;
import org.premortem.diagram.layout.DiagramEdge;
import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.diagram.layout.EdgeKind;
import org.premortem.diagram.layout.Point;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.Connection;

/** The layout follows the STPA Handbook's conventions, on the example and on a structure with nesting. */
class ControlStructureLayoutTest {

    static Stream<ControlStructure> structures() throws Exception {
        return Stream.of(Structures.example(), Structures.doors());
    }

    private static DiagramLayout layout(ControlStructure structure) {
        return new ControlStructureLayouter().layout(structure);
    }

    @ParameterizedTest
    @MethodSource("structures")
    void everyComponentAndConnectionIsLaidOutOnce(ControlStructure structure) {
        DiagramLayout layout = layout(structure);
        long components = countComponents(structure.getComponents());
        assertEquals(components, layout.nodes().size());
        assertEquals(structure.getConnections().size(), layout.edges().size());
        for (DiagramEdge edge : layout.edges()) {
            assertTrue(edge.route().size() >= 2, edge.connection().getName() + " has a route");
        }
    }

    private static long countComponents(List<Component> components) {
        return components.size() + components.stream().mapToLong(c -> countComponents(c.getChildren())).sum();
    }

    @ParameterizedTest
    @MethodSource("structures")
    void controlActionsPointDownAndFeedbackUp(ControlStructure structure) {
        DiagramLayout layout = layout(structure);
        Map<Component, DiagramNode> nodes = nodes(layout);
        for (DiagramEdge edge : layout.edges()) {
            Connection connection = edge.connection();
            if (edge.kind() == EdgeKind.INPUT_OUTPUT || nested(connection)) {
                continue;
            }
            Box source = nodes.get(connection.getSource()).bounds();
            Box target = nodes.get(connection.getTarget()).bounds();
            if (edge.kind() == EdgeKind.CONTROL_ACTION) {
                assertTrue(source.bottom() <= target.y(), connection.getName() + ": the controller is above");
            } else {
                assertTrue(target.bottom() <= source.y(), connection.getName() + ": the controller is above");
            }
            Point start = edge.route().get(0);
            Point end = edge.route().get(edge.route().size() - 1);
            assertEquals(source.bottom() <= target.y() ? source.bottom() : source.y(), start.y(), 0.5,
                    connection.getName() + " leaves its source's box");
            assertEquals(source.bottom() <= target.y() ? target.y() : target.bottom(), end.y(), 0.5,
                    connection.getName() + " ends at its target's box (arrow head)");
        }
    }

    @ParameterizedTest
    @MethodSource("structures")
    void actionsOfAPairAreLeftOfItsFeedback(ControlStructure structure) {
        DiagramLayout layout = layout(structure);
        for (DiagramEdge action : layout.edges()) {
            for (DiagramEdge feedback : layout.edges()) {
                if (action.kind() == EdgeKind.CONTROL_ACTION && feedback.kind() == EdgeKind.FEEDBACK
                        && action.connection().getSource() == feedback.connection().getTarget()
                        && action.connection().getTarget() == feedback.connection().getSource()) {
                    Point actionAtController = action.route().get(0);
                    Point feedbackAtController = feedback.route().get(feedback.route().size() - 1);
                    assertTrue(actionAtController.x() < feedbackAtController.x(), action.connection().getName()
                            + " leaves the controller left of where " + feedback.connection().getName() + " enters");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("structures")
    void labelsOverlapNoBoxAndNoOtherLabel(ControlStructure structure) {
        DiagramLayout layout = layout(structure);
        List<Box> labels = layout.edges().stream().flatMap(e -> e.label().stream()).map(l -> l.bounds()).toList();
        for (Box label : labels) {
            for (DiagramNode node : layout.nodes()) {
                assertFalse(label.overlaps(node.bounds()), "a label overlaps " + node.component().getName());
            }
            for (Box other : labels) {
                assertTrue(other == label || !label.overlaps(other), "two labels overlap");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("structures")
    void textFitsItsBoxAndNestedComponentsSitInTheirParent(ControlStructure structure) {
        DiagramLayout layout = layout(structure);
        Map<Component, DiagramNode> nodes = nodes(layout);
        for (DiagramNode node : layout.nodes()) {
            assertTrue(node.front().contains(node.label().bounds()), node.component().getName() + " fits its box");
            node.parent().ifPresent(parent -> assertTrue(nodes.get(parent).front().contains(node.bounds()),
                    node.component().getName() + " lies inside " + parent.getName()));
        }
    }

    @ParameterizedTest
    @MethodSource("structures")
    void replicatedComponentsAreStackedWithTheirCount(ControlStructure structure) {
        for (DiagramNode node : layout(structure).nodes()) {
            int replicas = node.component().getReplicas();
            assertEquals(Math.min(replicas, 3) - 1, node.stacked().size(), node.component().getName());
            assertEquals(replicas > 1, String.join(" ", node.label().lines()).endsWith("\u00d7" + replicas),
                    node.component().getName() + " shows its replica count");
        }
    }

    @ParameterizedTest
    @MethodSource("structures")
    void theSameStructureGivesTheSameLayout(ControlStructure structure) {
        assertEquals(layout(structure).toString().replaceAll("@[0-9a-f]+", ""),
                layout(structure).toString().replaceAll("@[0-9a-f]+", ""));
    }

    private static boolean nested(Connection connection) {
        return connection.getSource() != null && connection.getSource().eContainer() instanceof Component
                || connection.getTarget() != null && connection.getTarget().eContainer() instanceof Component;
    }

    private static Map<Component, DiagramNode> nodes(DiagramLayout layout) {
        return layout.nodes().stream().collect(Collectors.toMap(DiagramNode::component, Function.identity()));
    }
}
