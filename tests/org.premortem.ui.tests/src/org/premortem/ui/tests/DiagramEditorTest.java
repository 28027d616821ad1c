/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.diagram.DiagramPage;
import org.premortem.diagram.Messages;
import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.DiagramEdge;
import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.diagram.layout.Point;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.ui.tests.robot.Robot;
import org.premortem.ui.validation.ProblemMarkers;

/**
 * The control-structure diagram as a user drives it, with the mouse and the keyboard on the page's canvas, palette
 * and tool bar: creating components by click and by drag (also in an analysis without any control structure),
 * connecting, moving, resizing, renaming in place, deleting, Lay out, the context menu, badge tool tips and undo
 * with Ctrl+Z. Each checks the model and what the page shows.
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
        open(example.model);
    }

    @AfterEach
    void close() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        example.delete();
    }

    private void open(IFile file) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(shell.getDisplay().getBounds());
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (PremortemEditor) IDE.openEditor(page, file);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        editor.showDiagram();
        diagram = editor.diagramPage();
        ExampleProject.settle();
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
    void thePaletteOffersEveryComponentAndConnectionKindWithAnIconAndAToolTip() throws Exception {
        Robot.play("palette", robot -> {
            for (String tool : List.of(Messages.Tool_controller, Messages.Tool_humanController,
                    Messages.Tool_controlledProcess, Messages.Tool_actuator, Messages.Tool_sensor,
                    Messages.Tool_controlAction, Messages.Tool_feedback, Messages.Tool_inputOutput)) {
                ToolItem item = robot.ui(() -> item(tool));
                assertNotNull(robot.ui(item::getImage), tool + " has an icon");
                assertTrue(robot.ui(item::getToolTipText).startsWith(tool), tool + " says what it makes");
            }
        });
    }

    @Test
    void clickingWithAComponentToolCreatesItAtTheDefaultSizeAndTypingNamesIt() throws Exception {
        Analysis before = EcoreUtil.copy(editor.analysis());
        Robot.play("click-create", robot -> {
            Canvas canvas = canvas(robot);
            // beyond the drawing, where the white area is no longer the drawing's own
            int x = robot.ui(() -> (int) diagram.layout().width()) + 80;
            int y = 30;
            tool(robot, Messages.Tool_sensor);
            robot.click(canvas, x, y);
            robot.waitUntil("a fifth component", () -> components().size() == 5);

            Component created = robot.ui(() -> components().get(4));
            assertEquals(ComponentKind.SENSOR, robot.ui(created::getKind));
            assertEquals(new Box(x, y, 160, 56), robot.ui(() -> node(created).bounds()), "where clicked, default size");
            assertTrue(robot.ui(() -> diagram.getSelection().equals(selection(created))), "the new sensor is selected");
            assertTrue(robot.ui(() -> selected(Messages.Tool_select)), "the palette is back on Select");

            robot.waitUntil("its name open for typing", () -> nameEditor(canvas) != null);
            robot.type("Load monitor");
            robot.key(SWT.CR);
            assertEquals("Load monitor", robot.ui(created::getName));
            assertTrue(robot.ui(() -> node(created).label().lines().contains("Load monitor")), "the box shows it");

            robot.key('z', SWT.MOD1);
            robot.key('z', SWT.MOD1);
            robot.waitUntil("both undone", () -> !editor.isDirty());
            assertTrue(robot.ui(() -> ModelEditorTest.equalIgnoringCounters(before, editor.analysis())));
            assertEquals(4, robot.ui(() -> diagram.layout().nodes().size()));
        });
    }

    @Test
    void draggingWithAComponentToolCreatesItInTheDraggedRectangle() throws Exception {
        Robot.play("drag-create", robot -> {
            Canvas canvas = canvas(robot);
            int x = robot.ui(() -> (int) diagram.layout().width()) + 40;
            tool(robot, Messages.Tool_humanController);
            robot.drag(canvas, x, 20, x + 220, 110);
            robot.waitUntil("a fifth component", () -> components().size() == 5);

            Component created = robot.ui(() -> components().get(4));
            assertEquals(ComponentKind.HUMAN_CONTROLLER, robot.ui(created::getKind));
            Box box = robot.ui(() -> node(created).bounds());
            assertEquals(new Box(x, 20, 220, 90), box, "the dragged rectangle");
            robot.waitUntil("its name open for typing", () -> nameEditor(canvas) != null);
            robot.type("Operator\n");
            assertEquals("Operator", robot.ui(created::getName));
        });
    }

    @Test
    void anAnalysisWithoutControlStructureIsDrawnFromNothing() throws Exception {
        IFile empty = example.project.getFile("empty.premortem");
        Analysis analysis = AnalysisBuilder.create("Empty", IdSource.seeded(1)).build();
        empty.create(new ByteArrayInputStream(AnalysisStore.serialize(analysis)), true, null);
        open(empty);
        assertTrue(diagram.structure().isEmpty());

        Robot.play("from-nothing", robot -> {
            Canvas canvas = canvas(robot);
            tool(robot, Messages.Tool_controller);
            robot.click(canvas, 200, 60);
            robot.waitUntil("a controller", () -> components().size() == 1);
            robot.waitUntil("its name open", () -> nameEditor(canvas) != null);
            robot.type("Pump controller\n");

            tool(robot, Messages.Tool_controlledProcess);
            robot.click(canvas, 200, 300);
            robot.waitUntil("a process", () -> components().size() == 2);
            robot.waitUntil("its name open", () -> nameEditor(canvas) != null);
            robot.type("Pump\n");

            tool(robot, Messages.Tool_controlAction);
            robot.drag(canvas, 280, 88, 280, 328);
            robot.waitUntil("a control action", () -> connections().size() == 1);
            robot.waitUntil("its name open", () -> nameEditor(canvas) != null);
            robot.type("Start pump\n");

            ControlStructure structure = robot.ui(() -> diagram.structure().orElseThrow());
            Connection action = robot.ui(() -> connections().get(0));
            assertTrue(action instanceof ControlAction);
            assertEquals("Start pump", robot.ui(action::getName));
            assertEquals("Pump controller", robot.ui(() -> action.getSource().getName()));
            assertEquals("Pump", robot.ui(() -> action.getTarget().getName()));
            assertEquals(1, robot.ui(() -> editor.analysis().getControlStructures().size()));
            assertEquals(List.of("Pump controller", "Pump"), robot.ui(() -> structure.getComponents().stream()
                    .map(Component::getName).toList()));
            assertEquals(1, robot.ui(() -> diagram.layout().edges().size()), "the page shows the action");
        });
    }

    @Test
    void draggingWithTheFeedbackToolConnectsTwoBoxesAndCtrlZUndoesIt() throws Exception {
        Analysis before = EcoreUtil.copy(editor.analysis());
        Robot.play("connect", robot -> {
            Canvas canvas = canvas(robot);
            Point from = center(robot, "Route53");
            Point to = center(robot, "Planner");
            tool(robot, Messages.Tool_feedback);
            robot.drag(canvas, (int) from.x(), (int) from.y(), (int) to.x(), (int) to.y());
            robot.waitUntil("an eighth connection", () -> connections().size() == 8);
            robot.waitUntil("its name open", () -> nameEditor(canvas) != null);
            robot.type("Plan applied\n");

            Connection feedback = robot.ui(() -> connections().get(7));
            assertTrue(feedback instanceof Feedback);
            assertEquals("Route53", robot.ui(() -> feedback.getSource().getName()));
            assertEquals("Planner", robot.ui(() -> feedback.getTarget().getName()));
            assertEquals("Plan applied", robot.ui(feedback::getName));
            assertEquals(8, robot.ui(() -> diagram.layout().edges().size()));

            robot.key('z', SWT.MOD1);
            robot.key('z', SWT.MOD1);
            robot.waitUntil("undone", () -> !editor.isDirty());
            assertTrue(robot.ui(() -> ModelEditorTest.equalIgnoringCounters(before, editor.analysis())));
        });
    }

    @Test
    void draggingABoxMovesItAndItsConnectionsFollow() throws Exception {
        Analysis before = EcoreUtil.copy(editor.analysis());
        Robot.play("move", robot -> {
            Canvas canvas = canvas(robot);
            Box original = robot.ui(() -> node(component("Planner")).bounds());
            Point from = center(robot, "Planner");
            int dx = (int) (robot.ui(() -> diagram.layout().width()) - original.x()) + 20;
            robot.drag(canvas, (int) from.x(), (int) from.y(), (int) from.x() + dx, (int) from.y() + 10);
            robot.waitUntil("Planner moved", () -> node(component("Planner")).bounds().x() != original.x());

            Box moved = robot.ui(() -> node(component("Planner")).bounds());
            assertEquals(original.x() + dx, moved.x(), 1);
            assertEquals(original.y() + 10, moved.y(), 1);
            DiagramEdge newPlan = robot.ui(() -> edge("New plan"));
            assertEquals(moved.bottom(), newPlan.route().get(0).y(), 0.5, "New plan leaves the moved Planner");
            assertEquals(List.of(), robot.ui(() -> problems(diagram.layout())));

            robot.key('z', SWT.MOD1);
            robot.waitUntil("undone", () -> !editor.isDirty());
            assertTrue(robot.ui(() -> ModelEditorTest.equalIgnoringCounters(before, editor.analysis())));
            assertEquals(original, robot.ui(() -> node(component("Planner")).bounds()));
        });
    }

    @Test
    void draggingTheBottomRightCornerResizesTheBox() throws Exception {
        Robot.play("resize", robot -> {
            Canvas canvas = canvas(robot);
            Box original = robot.ui(() -> node(component("Route53")).bounds());
            Point center = center(robot, "Route53");
            robot.click(canvas, (int) center.x(), (int) center.y());
            int cornerX = (int) Math.round(original.right()) - 2;
            int cornerY = (int) Math.round(original.bottom()) - 2;
            robot.drag(canvas, cornerX, cornerY, cornerX + 60, cornerY + 30);
            robot.waitUntil("Route53 resized", () -> node(component("Route53")).bounds().width() > original.width());

            Box resized = robot.ui(() -> node(component("Route53")).bounds());
            assertEquals(original.x(), resized.x(), 1);
            assertEquals(original.y(), resized.y(), 1);
            assertEquals(original.width() + 60, resized.width(), 2);
            assertEquals(original.height() + 30, resized.height(), 2);
        });
    }

    @Test
    void doubleClickingANameAndTypingRenamesIt() throws Exception {
        Robot.play("rename", robot -> {
            Canvas canvas = canvas(robot);
            Component planner = robot.ui(() -> component("Planner"));
            Point center = center(robot, "Planner");
            robot.doubleClick(canvas, (int) center.x(), (int) center.y());
            robot.waitUntil("the name open", () -> nameEditor(canvas) != null);
            assertEquals("Planner", robot.ui(() -> nameEditor(canvas).getSelectionText()), "all of it, to type over");
            robot.type("DNS Planner\n");

            assertEquals("DNS Planner", robot.ui(planner::getName));
            assertTrue(robot.ui(() -> String.join(" ", node(planner).label().lines()).contains("DNS Planner")));
        });
    }

    @Test
    void theDeleteKeyDeletesTheComponentWithItsConnectionsAndCtrlZBringsThemBack() throws Exception {
        Analysis before = EcoreUtil.copy(editor.analysis());
        Robot.play("delete", robot -> {
            Canvas canvas = canvas(robot);
            Component route53 = robot.ui(() -> component("Route53"));
            Point center = center(robot, "Route53");
            robot.click(canvas, (int) center.x(), (int) center.y());
            robot.waitUntil("Route53 selected", () -> diagram.getSelection().equals(selection(route53)));
            robot.key(SWT.DEL);
            robot.waitUntil("Route53 deleted", () -> components().size() == 3);

            ControlStructure structure = robot.ui(() -> diagram.structure().orElseThrow());
            assertTrue(robot.ui(() -> structure.getConnections().stream()
                    .noneMatch(c -> c.getSource() == route53 || c.getTarget() == route53)));
            assertEquals(2, robot.ui(() -> structure.getConnections().size()), "New plan and Health remain");
            assertTrue(robot.ui(() -> structure.getDiagram().stream().allMatch(p -> p.getElement() != null)));
            assertEquals(3, robot.ui(() -> diagram.layout().nodes().size()));

            robot.key('z', SWT.MOD1);
            robot.waitUntil("undone", () -> !editor.isDirty());
            assertTrue(robot.ui(() -> ModelEditorTest.equalIgnoringCounters(before, editor.analysis())));
        });
    }

    @Test
    void layOutShowsTheReportsLayoutAndKeepsParallelActionsApart() throws Exception {
        Robot.play("lay-out", robot -> {
            Canvas canvas = canvas(robot);
            List<Box> automatic = robot.ui(() -> boxes(diagram.layout()));
            List<List<Point>> routes = robot.ui(() -> routes(diagram.layout()));

            layOutButton(robot);
            assertEquals(automatic, robot.ui(() -> boxes(diagram.layout())), "the unmodified example stays as it is");
            assertEquals(routes, robot.ui(() -> routes(diagram.layout())));
            assertEquals(List.of(), robot.ui(() -> problems(diagram.layout())));

            Point from = center(robot, "Planner");
            robot.drag(canvas, (int) from.x(), (int) from.y(), (int) from.x() + 300, (int) from.y());
            robot.waitUntil("Planner moved", () -> !diagram.structure().orElseThrow().getDiagram().isEmpty());
            layOutButton(robot);
            robot.waitUntil("the positions forgotten", () -> diagram.structure().orElseThrow().getDiagram().isEmpty());
            assertEquals(automatic, robot.ui(() -> boxes(diagram.layout())), "ELK's layout again");
            assertEquals(routes, robot.ui(() -> routes(diagram.layout())));

            // one more action from Enactor to Route53, from the context menu
            Point enactor = center(robot, "Enactor");
            robot.rightClick(canvas, (int) enactor.x(), (int) enactor.y());
            robot.menu(canvas::getMenu, Messages.Menu_addControlAction);
            Point route53 = center(robot, "Route53");
            robot.click(canvas, (int) route53.x(), (int) route53.y());
            robot.waitUntil("a fifth control action", () -> connections().size() == 8);
            robot.waitUntil("its name open", () -> nameEditor(canvas) != null);
            robot.type("Remove plan\n");
            layOutButton(robot);
            List<String> actions = robot.ui(() -> diagram.layout().edges().stream()
                    .filter(e -> e.connection().getSource() == component("Enactor")).flatMap(e -> e.label().stream())
                    .map(l -> String.join(" ", l.lines())).toList());
            assertTrue(actions.containsAll(List.of("Add plan", "Set plan i active", "Delete plan i", "Remove plan")),
                    "every label shows: " + actions);
            assertEquals(List.of(), robot.ui(() -> problems(diagram.layout())));
        });
    }

    @Test
    void theContextMenuRenamesConnectsShowsInTheModelTreeValidatesAndDeletes() throws Exception {
        Robot.play("context-menu", robot -> {
            Canvas canvas = canvas(robot);
            Component enactor = robot.ui(() -> component("Enactor"));
            Point center = center(robot, "Enactor");

            robot.rightClick(canvas, (int) center.x(), (int) center.y());
            assertEquals(List.of(Messages.Menu_rename, Messages.Menu_delete, Messages.Menu_addControlAction,
                    Messages.Menu_addFeedback, Messages.Menu_addInputOutput, Messages.Menu_showInModelTree,
                    Messages.Menu_layout, Messages.Menu_validate), robot.menuLabels(canvas::getMenu));
            robot.menu(canvas::getMenu, Messages.Menu_rename);
            robot.waitUntil("the name open", () -> nameEditor(canvas) != null);
            robot.type("DNS Enactor\n");
            assertEquals("DNS Enactor", robot.ui(enactor::getName));

            robot.rightClick(canvas, (int) center.x(), (int) center.y());
            robot.menu(canvas::getMenu, Messages.Menu_addFeedback);
            Point planner = center(robot, "Planner");
            robot.click(canvas, (int) planner.x(), (int) planner.y());
            robot.waitUntil("a feedback", () -> connections().size() == 8);
            robot.waitUntil("its name open", () -> nameEditor(canvas) != null);
            robot.type("Plan taken\n");
            Connection feedback = robot.ui(() -> connections().get(7));
            assertTrue(feedback instanceof Feedback);
            assertEquals(enactor, robot.ui(feedback::getSource));
            assertEquals("Planner", robot.ui(() -> feedback.getTarget().getName()));

            robot.rightClick(canvas, (int) center.x(), (int) center.y());
            robot.menu(canvas::getMenu, Messages.Menu_validate);
            robot.waitUntil("validated", () -> markers(example.model).length > 0);
            robot.button(robot.shell("Validate"), "Close"); // the summary Premortem > Validate shows
            robot.shellClosed("Validate");

            robot.rightClick(canvas, (int) center.x(), (int) center.y());
            robot.menu(canvas::getMenu, Messages.Menu_showInModelTree);
            robot.waitUntil("the Model page shows Enactor", () -> editor.getSite().getSelectionProvider()
                    .getSelection() instanceof IStructuredSelection s && s.size() == 1 && s.getFirstElement() == enactor
                    && !diagram.control().isVisible());
            robot.uiRun(editor::showDiagram);

            Point again = center(robot, "DNS Enactor");
            robot.rightClick(canvas, (int) again.x(), (int) again.y());
            robot.menu(canvas::getMenu, Messages.Menu_delete);
            robot.waitUntil("Enactor deleted", () -> components().size() == 3);
            assertTrue(robot.ui(() -> connections().stream().noneMatch(c -> c.getSource() == enactor
                    || c.getTarget() == enactor)));
        });
    }

    @Test
    void hoveringABadgeShowsItsFindings() throws Exception {
        ExampleProject.settle();
        Robot.play("badges", robot -> {
            Canvas canvas = canvas(robot);
            robot.waitUntil("the example validated", () -> markers(example.model).length > 0);
            ControlAction delete = robot.ui(() -> (ControlAction) connections().stream()
                    .filter(c -> "Delete plan i".equals(c.getName())).findFirst().orElseThrow());
            List<String> messages = robot.ui(() -> messages(delete.getId()));
            assertFalse(messages.isEmpty(), "the example has a finding on Delete plan i");

            Box label = robot.ui(() -> edge("Delete plan i").label().orElseThrow().bounds());
            // the badge is drawn right of the connection's label
            robot.hover(canvas, (int) (label.right() + 9), (int) (label.y() + 3));
            robot.waitUntil("a tool tip with the finding", () -> toolTip().contains(messages.get(0)));
            assertTrue(robot.ui(this::toolTip).contains(messages.get(0)));

            Box planner = robot.ui(() -> node(component("Planner")).front());
            List<String> plannerMessages = robot.ui(() -> messages(component("Planner").getId()));
            robot.hover(canvas, (int) (planner.right() - 1), (int) (planner.y() + 1));
            robot.waitUntil("the Planner's findings", () -> toolTip().contains(plannerMessages.get(0)));
        });
    }

    /**
     * A finding that comes while another page is shown is on its badge when the diagram is shown again: the editor
     * reads the markers for the badges only while the diagram is the page shown (at 10k UCAs, reading some 3,000
     * markers after every command in the tables was part of each edit's time).
     */
    @Test
    void aFindingMadeWhileTheDiagramIsHiddenIsOnItsBadgeWhenShown() throws Exception {
        ExampleProject.settle();
        Robot.play("badges-hidden", robot -> {
            robot.waitUntil("the example validated", () -> markers(example.model).length > 0);
            Component enactor = robot.ui(() -> component("Enactor"));
            List<String> before = robot.ui(() -> messages(enactor.getId()));
            robot.uiRun(editor::showUcaTable);
            // A component without a name: the empty-text rule's warning.
            robot.uiRun(() -> editor.getEditingDomain().getCommandStack().execute(SetCommand.create(
                    editor.getEditingDomain(), enactor, StpaPackage.eINSTANCE.getComponent_Name(), "")));
            robot.waitUntil("live validation's finding on the Enactor",
                    () -> messages(enactor.getId()).stream().anyMatch(message -> !before.contains(message)));
            String added = robot.ui(() -> messages(enactor.getId()).stream()
                    .filter(message -> !before.contains(message)).findFirst().orElseThrow());

            robot.uiRun(editor::showDiagram);
            Canvas canvas = canvas(robot);
            Box front = robot.ui(() -> node(enactor).front());
            robot.hover(canvas, (int) (front.right() - 1), (int) (front.y() + 1));
            robot.waitUntil("the new finding in the Enactor's badge", () -> toolTip().contains(added));
        });
    }

    @Test
    void positionsAreSavedWithTheModelAndRestoredOnReopen() throws Exception {
        Box[] moved = new Box[1];
        Robot.play("save", robot -> {
            Canvas canvas = canvas(robot);
            Point from = center(robot, "Route53");
            robot.drag(canvas, (int) from.x(), (int) from.y(), (int) from.x() - 100, (int) from.y() + 40);
            robot.waitUntil("moved", () -> editor.isDirty());
            moved[0] = robot.ui(() -> node(component("Route53")).bounds());
            robot.key('s', SWT.MOD1);
            robot.waitUntil("saved", () -> !editor.isDirty());
        });
        editor.getSite().getPage().closeEditor(editor, false);
        ExampleProject.settle();
        open(example.model);
        assertEquals(moved[0], node(component("Route53")).bounds());
    }

    @Test
    void svgAndPngExportHaveTheDrawingByApi() throws Exception {
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

    // --- what the user looks at and points to ---

    private Canvas canvas(Robot robot) {
        return new DiagramUser(robot, diagram).canvas();
    }

    private ToolItem item(String label) {
        return DiagramUser.item(diagram, label);
    }

    private boolean selected(String label) {
        return item(label).getSelection();
    }

    /** Clicks a palette tool, as a user does. */
    private void tool(Robot robot, String label) {
        new DiagramUser(robot, diagram).choose(label);
    }

    private void layOutButton(Robot robot) {
        new DiagramUser(robot, diagram).tool(Messages.Tool_layout);
    }

    /** The in-place name editor, while open. */
    private static Text nameEditor(Canvas canvas) {
        return DiagramUser.nameEditor(canvas);
    }

    /** Where a component's box is drawn on the canvas: its middle. */
    private Point center(Robot robot, String name) {
        return new DiagramUser(robot, diagram).center(name);
    }

    /** The text of the tool tips shown (small shells of their own), or "". */
    private String toolTip() {
        StringBuilder text = new StringBuilder();
        for (Shell shell : PlatformUI.getWorkbench().getDisplay().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && (shell.getStyle() & SWT.TOOL) != 0) {
                for (CLabel label : Robot.all(shell, CLabel.class, l -> l.getText() != null)) {
                    text.append(label.getText()).append('\n');
                }
            }
        }
        return text.toString();
    }

    // --- the model and the drawing ---

    private List<Component> components() {
        return diagram.structure().map(ControlStructure::getComponents).map(List::copyOf).orElse(List.of());
    }

    private List<Connection> connections() {
        return diagram.structure().map(ControlStructure::getConnections).map(List::copyOf).orElse(List.of());
    }

    private Component component(String name) {
        return diagram.layout().nodes().stream().map(DiagramNode::component).filter(c -> name.equals(c.getName()))
                .findFirst().orElseThrow(() -> new AssertionError("no component " + name));
    }

    private DiagramNode node(Component component) {
        return diagram.layout().nodes().stream().filter(n -> n.component() == component).findFirst().orElseThrow();
    }

    private DiagramEdge edge(String name) {
        return diagram.layout().edges().stream().filter(e -> name.equals(e.connection().getName())).findFirst()
                .orElseThrow();
    }

    private static IStructuredSelection selection(Object element) {
        return new org.eclipse.jface.viewers.StructuredSelection(element);
    }

    private static List<Box> boxes(DiagramLayout layout) {
        return layout.nodes().stream().map(DiagramNode::bounds).toList();
    }

    private static List<List<Point>> routes(DiagramLayout layout) {
        return layout.edges().stream().map(DiagramEdge::route).toList();
    }

    /**
     * What makes the drawing hard to read: a route through a box (or through its own boxes, which it only
     * touches), two routes on one line, a label on a box or on another label.
     */
    static List<String> problems(DiagramLayout layout) {
        List<String> problems = new ArrayList<>();
        List<DiagramEdge> edges = layout.edges();
        for (int e = 0; e < edges.size(); e++) {
            DiagramEdge edge = edges.get(e);
            String name = edge.connection().getName();
            for (DiagramNode node : layout.nodes()) {
                boolean own = node.component() == edge.connection().getSource()
                        || node.component() == edge.connection().getTarget();
                Box box = own ? node.bounds().grow(-1) : node.bounds();
                for (int i = 1; i < edge.route().size(); i++) {
                    if (box.crossedBy(edge.route().get(i - 1), edge.route().get(i))) {
                        problems.add(name + " runs through " + node.component().getName());
                        break;
                    }
                }
                if (edge.label().map(l -> l.bounds().overlaps(node.bounds())).orElse(false)) {
                    problems.add("the label of " + name + " covers " + node.component().getName());
                }
            }
            for (int f = e + 1; f < edges.size(); f++) {
                DiagramEdge other = edges.get(f);
                if (edge.label().isPresent() && other.label().isPresent()
                        && edge.label().get().bounds().overlaps(other.label().get().bounds())) {
                    problems.add("the labels of " + name + " and " + other.connection().getName() + " overlap");
                }
                if (alongside(edge.route(), other.route())) {
                    problems.add(name + " runs along " + other.connection().getName());
                }
            }
        }
        return problems;
    }

    private static boolean alongside(List<Point> a, List<Point> b) {
        for (int i = 1; i < a.size(); i++) {
            for (int j = 1; j < b.size(); j++) {
                Point p = a.get(i - 1);
                Point q = a.get(i);
                Point r = b.get(j - 1);
                Point s = b.get(j);
                if (p.x() == q.x() && r.x() == s.x() && Math.abs(p.x() - r.x()) < 2
                        && overlap(p.y(), q.y(), r.y(), s.y()) > 2
                        || p.y() == q.y() && r.y() == s.y() && Math.abs(p.y() - r.y()) < 2
                                && overlap(p.x(), q.x(), r.x(), s.x()) > 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double overlap(double a1, double a2, double b1, double b2) {
        return Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));
    }

    private static IMarker[] markers(IFile file) {
        try {
            return file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
        } catch (Exception e) {
            return new IMarker[0];
        }
    }

    private List<String> messages(String elementId) {
        List<String> messages = new ArrayList<>();
        for (IMarker marker : markers(example.model)) {
            if (elementId.equals(marker.getAttribute(ProblemMarkers.ELEMENT_ID, null))
                    && marker.getAttribute(IMarker.SEVERITY, 0) >= IMarker.SEVERITY_WARNING) {
                messages.add(marker.getAttribute(IMarker.MESSAGE, ""));
            }
        }
        return messages;
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
