/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.Loss;
import org.premortem.ui.tests.robot.Robot;

/**
 * The model tree as a user sees and drives it, with real clicks and keys: its folders, New &lt;kind&gt; on a
 * folder, New Child naming each component kind, rename in place with F2, an icon per kind.
 */
class ModelTreeTest {

    private static final String ANALYSIS = "AWS DynamoDB DNS outage";

    private ExampleProject example;
    private PremortemEditor editor;

    @BeforeEach
    void openTheExample() throws Exception {
        example = new ExampleProject("tree-test");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (PremortemEditor) IDE.openEditor(page, example.model);
        ExampleProject.settle();
    }

    @AfterEach
    void close() throws Exception {
        editor.getSite().getPage().closeEditor(editor, false);
        example.delete();
    }

    @Test
    void foldersGroupTheAnalysisAndOfferTheirKind() throws Exception {
        Robot.play("folders", robot -> {
            robot.fillScreen(robot.ui(editor.getSite()::getShell));
            TreeUser tree = tree(robot);
            TreeItem analysis = tree.item(ANALYSIS);
            tree.expand(analysis);
            assertEquals(List.of("Goals (3)", "Assumptions (8)", "Losses (1)", "Hazards (2)",
                    "System-level constraints (2)", "Control structures (1)", "UCAs (13)",
                    "Not-applicable UCA cells (8)", "Context tables (0)", "Controller constraints (0)",
                    "Loss scenarios (27)", "Requirements (5)"), tree.labels(analysis));
            TreeItem ucas = tree.item(ANALYSIS, "UCAs");
            tree.expand(ucas);
            assertEquals(List.of("Planner (2)", "Enactor (11)"), tree.labels(ucas), "UCAs by controller");
            TreeItem enactor = tree.item(ANALYSIS, "UCAs", "Enactor");
            tree.expand(enactor);
            assertEquals(List.of("Add plan (3)", "Set plan i active (5)", "Delete plan i (3)"), tree.labels(enactor),
                    "then by control action");

            tree.rightClick(tree.item(ANALYSIS, "Hazards"));
            assertEquals(List.of("New hazard"), robot.menuLabels(() -> tree.tree().getMenu()).subList(0, 1));
            robot.menu(() -> tree.tree().getMenu(), "New hazard");
            tree.renameField();
            robot.type("Plans are lost");
            robot.key(SWT.CR);

            Hazard added = robot.ui(() -> editor.analysis().getHazards().getLast());
            assertEquals("H-3", added.getDisplayId());
            assertEquals("Plans are lost", added.getText());
            assertEquals(List.of(added), tree.selection(), "the new hazard is selected in its folder");
            TreeItem hazards = tree.item(ANALYSIS, "Hazards");
            assertEquals("Hazards (3)", robot.ui(hazards::getText));
            assertEquals("H-3: Plans are lost", tree.labels(hazards).getLast());
        });
    }

    @Test
    void f2RenamesAnElementWithoutTextYetAndUndoForgetsIt() throws Exception {
        Robot.play("f2", robot -> {
            robot.fillScreen(robot.ui(editor.getSite()::getShell));
            TreeUser tree = tree(robot);
            tree.rightClick(tree.item(ANALYSIS, "Losses"));
            robot.menu(() -> tree.tree().getMenu(), "New loss");
            tree.renameField();
            robot.key(SWT.ESC);
            robot.waitUntil("the rename field to close", () -> !tree.renaming());
            Loss loss = robot.ui(() -> editor.analysis().getLosses().getLast());
            assertNull(robot.ui(loss::getText), "a new loss has no text yet");

            tree.click(tree.item(ANALYSIS, "Losses", "L-2"));
            robot.key(SWT.F2);
            tree.renameField();
            robot.type("Customers lose data");
            robot.key(SWT.CR);
            robot.waitUntil("the text", () -> "Customers lose data".equals(loss.getText()));
            assertEquals("L-2: Customers lose data", robot.ui(() -> tree.tree().getSelection()[0].getText()));

            robot.key('z', SWT.MOD1);
            robot.waitUntil("undo of the rename alone", () -> loss.getText() == null);
            assertTrue(robot.ui(() -> editor.analysis().getLosses().contains(loss)));
        });
    }

    @Test
    void renameFromTheMenuCommitsWithEnterAndEscapeCancels() throws Exception {
        Component planner = editor.analysis().getControlStructures().get(0).getComponents().get(0);
        Robot.play("rename", robot -> {
            robot.fillScreen(robot.ui(editor.getSite()::getShell));
            TreeUser tree = tree(robot);
            TreeItem item = tree.item(ANALYSIS, "Control structures", "CS-1", "CMP-1: Planner");
            tree.rightClick(item);
            robot.menu(() -> tree.tree().getMenu(), "Rename");
            assertEquals("Planner", robot.ui(() -> tree.renameField().getText()));
            robot.type("DNS Planner");
            robot.key(SWT.CR);
            robot.waitUntil("the name", () -> "DNS Planner".equals(planner.getName()));

            tree.click(item);
            robot.key(SWT.F2);
            tree.renameField();
            robot.type("Something else");
            robot.key(SWT.ESC);
            robot.waitUntil("the rename field to close", () -> !tree.renaming());
            assertEquals("DNS Planner", robot.ui(planner::getName), "Escape keeps the name");

            robot.key('z', SWT.MOD1);
            robot.waitUntil("undo of the rename, one command", () -> "Planner".equals(planner.getName()));
        });
    }

    @Test
    void newChildNamesEachComponentKindAndCreatesThatKind() throws Exception {
        ControlStructure structure = editor.analysis().getControlStructures().get(0);
        List<String> kinds = List.of("Controller", "Human controller", "Controlled process", "Actuator", "Sensor");
        Robot.play("component kinds", robot -> {
            robot.fillScreen(robot.ui(editor.getSite()::getShell));
            TreeUser tree = tree(robot);
            TreeItem item = tree.item(ANALYSIS, "Control structures", "CS-1");
            tree.rightClick(item);
            assertEquals(List.of("Controller", "Human controller", "Controlled process", "Actuator", "Sensor",
                    "Control action", "Feedback", "Input/output"),
                    robot.menuLabels(() -> tree.tree().getMenu(), "New Child"));
            assertPlainEnglish(robot, robot.ui(() -> subMenu(tree.tree().getMenu(), "New Child")));
            robot.key(SWT.ESC);
            for (String kind : kinds) {
                tree.rightClick(item);
                robot.menu(() -> tree.tree().getMenu(), "New Child", kind);
                tree.renameField();
                robot.type("New " + kind);
                robot.key(SWT.CR);
                robot.waitUntil(kind, () -> ("New " + kind).equals(structure.getComponents().getLast().getName()));
            }
            List<ComponentKind> created = robot.ui(() -> structure.getComponents().subList(4, 9).stream()
                    .map(Component::getKind).toList());
            assertEquals(List.of(ComponentKind.CONTROLLER, ComponentKind.HUMAN_CONTROLLER,
                    ComponentKind.CONTROLLED_PROCESS, ComponentKind.ACTUATOR, ComponentKind.SENSOR), created);

            robot.key('z', SWT.MOD1);
            robot.waitUntil("undo of the name", () -> structure.getComponents().getLast().getName() == null);
            robot.key('z', SWT.MOD1);
            robot.waitUntil("undo of the sensor, in one step", () -> structure.getComponents().size() == 8);
        });
    }

    @Test
    void aControllerAndASensorLookDifferent() throws Exception {
        Robot.play("icons", robot -> {
            robot.fillScreen(robot.ui(editor.getSite()::getShell));
            TreeUser tree = tree(robot);
            TreeItem structure = tree.item(ANALYSIS, "Control structures", "CS-1");
            tree.rightClick(structure);
            robot.menu(() -> tree.tree().getMenu(), "New Child", "Sensor");
            tree.renameField();
            robot.type("Plan age probe");
            robot.key(SWT.CR);

            TreeItem controllerItem = tree.item(ANALYSIS, "Control structures", "CS-1", "CMP-1: Planner");
            TreeItem sensorItem = tree.item(ANALYSIS, "Control structures", "CS-1", "CMP-5: Plan age probe");
            TreeItem folderItem = tree.item(ANALYSIS, "Losses");
            ImageData controller = robot.ui(() -> controllerItem.getImage().getImageData());
            ImageData sensor = robot.ui(() -> sensorItem.getImage().getImageData());
            assertFalse(Arrays.equals(pixels(controller), pixels(sensor)), "a sensor's icon is not a controller's");
            ImageData folder = robot.ui(() -> folderItem.getImage().getImageData());
            assertFalse(Arrays.equals(pixels(folder), pixels(controller)), "folders have their own icon");
        });
    }

    private TreeUser tree(Robot robot) {
        return new TreeUser(robot, robot.ui(editor::modelTree));
    }

    private static Menu subMenu(Menu menu, String label) {
        menu.notifyListeners(SWT.Show, null);
        for (MenuItem item : menu.getItems()) {
            if (label.equals(Robot.shown(item.getText()))) {
                return item.getMenu();
            }
        }
        throw new AssertionError("no submenu " + label);
    }

    /** No EMF jargon in what the menu shows: no "Feature", no "Create New ... Under ...". */
    private static void assertPlainEnglish(Robot robot, Menu menu) {
        List<String> texts = robot.ui(() -> {
            menu.notifyListeners(SWT.Show, null);
            return Arrays.stream(menu.getItems()).flatMap(item -> java.util.stream.Stream.of(item.getText(),
                    String.valueOf(item.getToolTipText()))).toList();
        });
        for (String text : texts) {
            assertFalse(text.contains("Feature") || text.contains("Create New"), text);
        }
        assertNotEquals(0, texts.size());
    }

    private static int[] pixels(ImageData data) {
        int[] pixels = new int[data.width * data.height];
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                pixels[y * data.width + x] = data.getPixel(x, y) ^ (data.getAlpha(x, y) << 24);
            }
        }
        return pixels;
    }
}
