/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.premortem.diagram.layout.AnalystPlacement;
import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.ControlStructureLayouter;
import org.premortem.diagram.layout.DiagramEdge;
import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.diagram.layout.EdgeKind;
import org.premortem.diagram.layout.Point;
import org.premortem.examples.DynamoDbDnsExample;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.NodeLayout;
import org.premortem.model.stpa.StpaFactory;

/** The analyst's placements override ELK's boxes, and the moved boxes' connections keep the Handbook's sides. */
class AnalystPlacementTest {

    private final ControlStructure structure = DynamoDbDnsExample.build().getControlStructures().get(0);
    private final DiagramLayout automatic = new ControlStructureLayouter().layout(structure);

    @Test
    void withoutPlacementsTheAutomaticLayoutIsDrawn() {
        assertSame(automatic, AnalystPlacement.apply(automatic, structure));
    }

    @Test
    void placedBoxesMoveAndTheirConnectionsFollow() {
        Component planner = component("Planner");
        Component enactor = component("Enactor");
        NodeLayout placement = StpaFactory.eINSTANCE.createNodeLayout();
        placement.setElement(planner);
        placement.setX(600);
        placement.setY(10);
        placement.setWidth(150);
        placement.setHeight(50);
        structure.getDiagram().add(placement);

        DiagramLayout drawn = AnalystPlacement.apply(automatic, structure);

        DiagramNode moved = node(drawn, planner);
        assertEquals(new Box(600, 10, 150, 50), moved.bounds());
        assertEquals(node(automatic, enactor).bounds(), node(drawn, enactor).bounds(), "unplaced boxes stay");
        DiagramEdge newPlan = drawn.edges().stream().filter(e -> "New plan".equals(e.connection().getName()))
                .findFirst().orElseThrow();
        List<Point> route = newPlan.route();
        Box from = moved.front();
        assertEquals(from.bottom(), route.get(0).y(), 0.01, "a control action leaves the controller's bottom");
        assertTrue(route.get(route.size() - 1).y() <= node(drawn, enactor).front().y() + 0.01);
        DiagramEdge health = drawn.edges().stream().filter(e -> e.kind() == EdgeKind.FEEDBACK
                && e.connection().getTarget() == planner).findFirst().orElseThrow();
        Point end = health.route().get(health.route().size() - 1);
        assertEquals(from.bottom(), end.y(), 0.01, "feedback arrives at the controller's bottom");
        assertTrue(route.get(0).x() < end.x(), "the action leaves left of where the feedback arrives");
        assertTrue(drawn.width() >= 750);
    }

    private Component component(String name) {
        return structure.getComponents().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
    }

    private static DiagramNode node(DiagramLayout layout, Component component) {
        return layout.nodes().stream().filter(n -> n.component() == component).findFirst().orElseThrow();
    }
}
