/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.diagram.DiagramPage;
import org.premortem.diagram.Tool;
import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * The control-structure diagram as a user drives it: one figure per component and connection, each palette
 * operation, move, resize, rename and delete changes the model and is undone exactly by Edit > Undo; the automatic
 * layout is deterministic; positions survive save and reopen; SVG export has the nodes and edges.
 */
class DiagramEditorTest {

    @TempDir
    Path folder;

    private ExampleProject example;
    private PremortemEditor editor;
    private DiagramPage diagram;

    @BeforeEach
    void openTheDiagram() throws Exception {
        example = new ExampleProject("diagram-test");
        editor = open();
        editor.showDiagram();
        diagram = editor.diagramPage();
        ExampleProject.settle();
    }

    @AfterEach
    void close() throws Exception {
        editor.getSite().getPage().closeAllEditors(false);
        example.delete();
    }

    private PremortemEditor open() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        return (PremortemEditor) IDE.openEditor(page, example.model);
    }

    @Test
    void oneFigurePerComponentAndConnection() {
        DiagramLayout layout = diagram.layout();
        ControlStructure structure = diagram.structure().orElseThrow();
        assertEquals(4, layout.nodes().size());
        assertEquals(structure.getConnections().size(), layout.edges().size());
        assertEquals(7, layout.edges().size(), "4 control actions, 2 feedback, 1 output");
    }

    @Test
    void paletteCreatesAComponentWhereClickedAndUndoRemovesIt() throws Exception {
        Analysis before = EcoreUtil.copy(editor.analysis());

        Component created = diagram.createComponent(ComponentKind.SENSOR, 700, 40);
        ExampleProject.settle();

        assertEquals(ComponentKind.SENSOR, created.getKind());
        assertEquals("CMP-5", created.getDisplayId());
        Box box = node(created).bounds();
        assertEquals(700, box.x(), 0.5);
        assertEquals(40, box.y(), 0.5);
        assertEquals(5, diagram.layout().nodes().size());
        undoRestores(before);
    }

    @Test
    void paletteConnectsAndUndoDisconnects() throws Exception {
        Analysis before = EcoreUtil.copy(editor.analysis());
        Component planner = component("Planner");
        Component route53 = component("Route53");

        IdentifiedElement connection = diagram.connect(Tool.FEEDBACK, route53, planner);
        ExampleProject.settle();

        assertTrue(diagram.structure().orElseThrow().getConnections().contains(connection));
        assertEquals(8, diagram.layout().edges().size());
        undoRestores(before);
    }

    @Test
    void moveResizeAndRenameAreUndoneExactly() throws Exception {
        Analysis before = EcoreUtil.copy(editor.analysis());
        Component planner = component("Planner");
        Box original = node(planner).bounds();

        diagram.move(planner, 40, 25);
        ExampleProject.settle();
        assertEquals(original.x() + 40, node(planner).bounds().x(), 0.5);
        assertEquals(original.y() + 25, node(planner).bounds().y(), 0.5);
        undoRestores(before);

        diagram.resize(planner, original.width() + 60, original.height() + 30);
        ExampleProject.settle();
        assertEquals(original.width() + 60, node(planner).bounds().width(), 0.5);
        undoRestores(before);

        diagram.rename(planner, "DNS Planner");
        assertEquals("DNS Planner", planner.getName());
        undoRestores(before);
    }

    @Test
    void deleteRemovesTheComponentWithItsConnections() throws Exception {
        Analysis before = EcoreUtil.copy(editor.analysis());
        Component route53 = component("Route53");
        diagram.setSelection(new StructuredSelection(route53));

        diagram.deleteSelection();
        ExampleProject.settle();

        ControlStructure structure = diagram.structure().orElseThrow();
        assertFalse(structure.getComponents().contains(route53));
        assertTrue(structure.getConnections().stream()
                .noneMatch(c -> c.getSource() == route53 || c.getTarget() == route53));
        assertEquals(2, structure.getConnections().size(), "New plan and the load balancers' feedback remain");
        undoRestores(before);
    }

    @Test
    void automaticLayoutIsDeterministicAndFollowsTheHandbook() {
        DiagramLayout first = diagram.automaticLayout();
        DiagramLayout second = diagram.automaticLayout();
        assertEquals(first.nodes().stream().map(DiagramNode::bounds).toList(),
                second.nodes().stream().map(DiagramNode::bounds).toList());
        assertEquals(first.edges().stream().map(e -> e.route()).toList(),
                second.edges().stream().map(e -> e.route()).toList());
        assertTrue(node(component("Planner")).bounds().y() < node(component("Enactor")).bounds().y(),
                "higher authority above");
        assertTrue(node(component("Enactor")).bounds().y() < node(component("Route53")).bounds().y());
    }

    @Test
    void positionsAreSavedWithTheModelAndRestoredOnReopen() throws Exception {
        Component planner = component("Planner");
        Box original = node(planner).bounds();
        diagram.move(planner, 80, 10);
        editor.doSave(null);
        editor.getSite().getPage().closeEditor(editor, false);
        ExampleProject.settle();

        editor = open();
        editor.showDiagram();
        diagram = editor.diagramPage();
        ExampleProject.settle();

        Box restored = node(component("Planner")).bounds();
        assertEquals(original.x() + 80, restored.x(), 0.5);
        assertEquals(original.y() + 10, restored.y(), 0.5);
    }

    @Test
    void svgExportHasOneNodePerComponentAndOneEdgePerConnection() throws Exception {
        Path svg = folder.resolve("cs.svg");
        diagram.exportSvg(svg);
        String text = Files.readString(svg);
        assertEquals(4, count(text, "<g class=\"component "));
        assertEquals(4, count(text, "<g class=\"connection control-action"));
        assertEquals(2, count(text, "<g class=\"connection feedback"));
        assertTrue(text.contains("data-element=\"CA-4\""));

        Path png = folder.resolve("cs.png");
        diagram.exportPng(png);
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G');
    }

    @Test
    void validationFindingsDecorateTheirFigures() throws Exception {
        ControlAction delete = diagram.structure().orElseThrow().getConnections().stream()
                .filter(c -> "Delete plan i".equals(c.getName())).map(ControlAction.class::cast).findFirst()
                .orElseThrow();
        ExampleProject.settle();
        assertEquals(1, diagram.severityOf(delete), "the destructive-action warning shows on Delete plan i");
        assertEquals(1, diagram.severityOf(component("Planner")));
    }

    private void undoRestores(Analysis before) throws Exception {
        while (editor.isDirty()) {
            editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        }
        ExampleProject.settle();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()), "undo restores the model");
    }

    private Component component(String name) {
        return diagram.layout().nodes().stream().map(DiagramNode::component).filter(c -> name.equals(c.getName()))
                .findFirst().orElseThrow();
    }

    private DiagramNode node(Component component) {
        return diagram.layout().nodes().stream().filter(n -> n.component() == component).findFirst().orElseThrow();
    }

    private static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
