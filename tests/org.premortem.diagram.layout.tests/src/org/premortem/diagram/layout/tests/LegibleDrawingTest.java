/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.premortem.diagram.layout.AnalystPlacement;
import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.ControlStructureLayouter;
import org.premortem.diagram.layout.DiagramEdge;
import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.NodeLayout;
import org.premortem.model.stpa.StpaFactory;

/**
 * The drawing stays legible (see {@link DrawingChecks}: no route through a box, no two routes on one line, no label on
 * a box or a label) as ELK lays it out, after the analyst moves any box to free space, after boxes are placed where
 * ELK puts them, and after a connection is added to a diagram whose boxes are all placed.
 */
class LegibleDrawingTest {

    private static final double[][] MOVES = { { 300, 0 }, { -120, 0 }, { 0, 90 }, { 0, -100 }, { 150, 40 },
        { 250, 250 }, { -200, 160 }, { 420, -60 } };

    private final ControlStructureLayouter layouter = new ControlStructureLayouter();

    static Stream<Arguments> structures() {
        return Stream.of(Arguments.of("example", (Supplier<ControlStructure>) LegibleDrawingTest::example),
                Arguments.of("doors", (Supplier<ControlStructure>) Structures::doors),
                Arguments.of("parallel", (Supplier<ControlStructure>) Structures::parallel));
    }

    private static ControlStructure example() {
        try {
            return Structures.example();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structures")
    void theAutomaticLayoutIsLegible(String name, Supplier<ControlStructure> structure) {
        assertEquals(List.of(), DrawingChecks.problems(layouter.layout(structure.get())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structures")
    void placingEveryBoxWhereElkPutsItChangesNothing(String name, Supplier<ControlStructure> supplier) {
        ControlStructure structure = supplier.get();
        DiagramLayout automatic = layouter.layout(structure);
        for (DiagramNode node : automatic.nodes()) {
            place(structure, node.component(), node.bounds());
        }
        DiagramLayout drawn = AnalystPlacement.apply(layouter.layout(structure), structure);
        assertEquals(routes(automatic), routes(drawn));
        assertEquals(automatic.edges().stream().map(e -> e.label().map(l -> l.bounds())).toList(),
                drawn.edges().stream().map(e -> e.label().map(l -> l.bounds())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structures")
    void movingABoxToFreeSpaceKeepsTheDrawingLegible(String name, Supplier<ControlStructure> supplier) {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        ControlStructure original = supplier.get();
        for (DiagramNode node : layouter.layout(original).nodes()) {
            if (node.parent().isPresent()) {
                continue;
            }
            for (double[] move : MOVES) {
                ControlStructure structure = supplier.get();
                DiagramLayout automatic = layouter.layout(structure);
                Component moved = component(structure, node.component().getName());
                if (!free(automatic, moved, move[0], move[1])) {
                    continue;
                }
                tried++;
                for (Component part : withDescendants(moved)) {
                    Box box = AnalystPlacement.node(automatic, part).orElseThrow().bounds();
                    place(structure, part, box.translate(move[0], move[1]));
                }
                DiagramLayout drawn = AnalystPlacement.apply(automatic, structure);
                List<String> problems = DrawingChecks.problems(drawn);
                if (!problems.isEmpty()) {
                    failures.add(moved.getName() + " moved by (" + move[0] + ", " + move[1] + "): " + problems);
                }
            }
        }
        assertTrue(tried >= 10, "enough moves tried: " + tried);
        assertEquals(List.of(), failures);
    }

    @Test
    void addingAnActionToADiagramWhoseBoxesAreAllPlacedKeepsItLegible() {
        ControlStructure structure = example();
        for (DiagramNode node : layouter.layout(structure).nodes()) {
            place(structure, node.component(), node.bounds());
        }
        ControlAction restart = StpaFactory.eINSTANCE.createControlAction();
        restart.setName("Restart Enactor");
        restart.setSource(component(structure, "Enactor"));
        restart.setTarget(component(structure, "Route53"));
        structure.getConnections().add(restart);

        DiagramLayout drawn = AnalystPlacement.apply(layouter.layout(structure), structure);

        assertEquals(List.of(), DrawingChecks.problems(drawn));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structures")
    void spreadingAllBoxesApartKeepsTheDrawingLegible(String name, Supplier<ControlStructure> supplier) {
        ControlStructure structure = supplier.get();
        DiagramLayout automatic = layouter.layout(structure);
        for (DiagramNode node : automatic.nodes()) {
            if (node.parent().isEmpty()) {
                Box box = node.bounds();
                double dx = box.x() * 0.6 + 40;
                double dy = box.y() * 0.4 + 20;
                for (Component part : withDescendants(node.component())) {
                    place(structure, part, AnalystPlacement.node(automatic, part).orElseThrow().bounds()
                            .translate(dx, dy));
                }
            }
        }
        assertEquals(List.of(), DrawingChecks.problems(AnalystPlacement.apply(automatic, structure)));
    }

    /** Whether the box, moved, keeps a margin from every other box (other than its own children) and the origin. */
    private static boolean free(DiagramLayout layout, Component moved, double dx, double dy) {
        Box box = AnalystPlacement.node(layout, moved).orElseThrow().bounds().translate(dx, dy);
        List<Component> parts = withDescendants(moved);
        return box.x() >= 0 && box.y() >= 0 && layout.nodes().stream().filter(n -> !parts.contains(n.component()))
                .noneMatch(n -> n.bounds().grow(24).overlaps(box));
    }

    private static void place(ControlStructure structure, Component component, Box box) {
        structure.getDiagram().removeIf(p -> p.getElement() == component);
        NodeLayout placement = StpaFactory.eINSTANCE.createNodeLayout();
        placement.setElement(component);
        placement.setX((int) Math.round(box.x()));
        placement.setY((int) Math.round(box.y()));
        placement.setWidth((int) Math.round(box.width()));
        placement.setHeight((int) Math.round(box.height()));
        structure.getDiagram().add(placement);
    }

    private static List<List<org.premortem.diagram.layout.Point>> routes(DiagramLayout layout) {
        return layout.edges().stream().map(DiagramEdge::route).toList();
    }

    private static Component component(ControlStructure structure, String name) {
        for (var it = structure.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Component component && name.equals(component.getName())) {
                return component;
            }
        }
        throw new AssertionError("no component " + name);
    }

    private static List<Component> withDescendants(Component component) {
        List<Component> all = new ArrayList<>();
        all.add(component);
        for (var it = component.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Component child) {
                all.add(child);
            }
        }
        return all;
    }
}
