/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.query.UcaCategories;
import org.premortem.diagram.Messages;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.report.ui.ReportJob;
import org.premortem.tables.UcaTablePage;
import org.premortem.tables.UcaWording;
import org.premortem.ui.tests.robot.Robot;
import org.premortem.ui.validation.ValidationJob;

/**
 * The acceptance test of authoring in the workbench, with real input only: from an empty workspace, File > New >
 * STPA Analysis; the shipped DynamoDB example's loss, hazards and system-level constraints typed into the model tree
 * and linked in Properties; its components drawn with the palette, named in place, the Enactor's replicas typed in
 * Properties; its control actions and feedback drawn between the boxes; its 13 UCAs added from the UCA table's cell
 * menus with their types, texts and hazards; Ctrl+S, Premortem > Validate, Premortem > Generate Report. The saved
 * file is then compared element by element with the example (permanent ids and layout aside). What is typed comes
 * from the example file, so the test follows the example as it grows.
 */
class AuthoringAcceptanceTest {

    private static final String FILE = "dynamodb-dns.premortem";

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private Analysis example;

    @BeforeEach
    void emptyWorkspace() throws Exception {
        page.closeAllEditors(false);
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            project.delete(true, true, null);
        }
        example = AnalysisStore.load(ExampleProject.EXAMPLE);
        page.showView(IPageLayout.ID_PROP_SHEET); // the Premortem perspective shows it; make sure after other tests
    }

    @AfterEach
    void clean() throws Exception {
        page.closeAllEditors(false);
        Job.getJobManager().join(ReportJob.FAMILY, null);
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            project.delete(true, true, null);
        }
    }

    @Test
    void theExamplesEssentialsAuthoredByMouseAndKeyboardEqualTheExample() throws Exception {
        Shell window = page.getWorkbenchWindow().getShell();
        Robot.play("acceptance", robot -> {
            robot.fillScreen(window);
            PremortemEditor editor = newAnalysis(robot, window);
            Author author = new Author(robot, editor);
            author.lossesHazardsAndConstraints();
            author.controlStructure();
            author.ucas();

            robot.key('s', SWT.MOD1);
            robot.waitUntil("the analysis is saved", () -> !editor.isDirty());
            validate(robot, window);
            report(robot, window);
        });

        IFile saved = ResourcesPlugin.getWorkspace().getRoot().getProject("STPA").getFile(FILE);
        Analysis authored = AnalysisStore.load(Path.of(saved.getLocationURI()));
        assertEquals(essentials(example), essentials(authored));
    }

    private PremortemEditor newAnalysis(Robot robot, Shell window) {
        robot.menu(window::getMenuBar, "File", "New", "STPA Analysis");
        Shell wizard = robot.shell("New STPA Analysis");
        Text fileName = robot.find(wizard, Text.class, t -> t.getText().endsWith(".premortem"));
        robot.click(fileName, 5, 5);
        robot.key('a', SWT.MOD1);
        robot.type(FILE);
        robot.button(wizard, "Finish");
        robot.shellClosed("New STPA Analysis");
        robot.waitUntil("the new analysis opens", () -> page.getActiveEditor() instanceof PremortemEditor);
        return robot.ui(() -> (PremortemEditor) page.getActiveEditor());
    }

    private void validate(Robot robot, Shell window) throws InterruptedException {
        robot.menu(window::getMenuBar, "Premortem", "Validate");
        Shell notice = robot.shell("Validate");
        Job.getJobManager().join(ValidationJob.FAMILY, null);
        String message = robot.ui(() -> Robot.all(notice, Label.class, l -> l.getText().startsWith("Validated"))
                .get(0).getText());
        assertTrue(message.startsWith("Validated " + FILE + ": no errors"), message);
        robot.button(notice, "Close");
        robot.shellClosed("Validate");
    }

    private void report(Robot robot, Shell window) throws Exception {
        robot.menu(window::getMenuBar, "Premortem", "Generate Report");
        Job.getJobManager().join(ReportJob.FAMILY, null);
        Shell notice = robot.shell("Report Written");
        robot.button(notice, "Close");
        robot.shellClosed("Report Written");
        Path reports = Path.of(ResourcesPlugin.getWorkspace().getRoot().getProject("STPA").getFolder("reports")
                .getLocationURI());
        for (String written : List.of("dynamodb-dns.html", "dynamodb-dns.pdf")) {
            assertTrue(Files.size(reports.resolve(written)) > 10_000, written + " is written");
        }
    }

    /** The user at work on one analysis: the steps of the acceptance test, each with the widgets a person uses. */
    private final class Author {

        private final Robot robot;
        private final PremortemEditor editor;

        Author(Robot robot, PremortemEditor editor) {
            this.robot = robot;
            this.editor = editor;
        }

        /** In the model tree: New &lt;kind&gt; on each folder and the text typed; links chosen in Properties. */
        void lossesHazardsAndConstraints() {
            showPage("Model");
            TreeUser tree = new TreeUser(robot, robot.ui(editor::modelTree));
            String root = tree.labels(null).get(0);
            tree.expand(tree.item(root));
            for (Loss loss : example.getLosses()) {
                newElement(tree, root, "Losses", "New loss", loss.getText());
            }
            for (Hazard hazard : example.getHazards()) {
                newElement(tree, root, "Hazards", "New hazard", hazard.getText());
            }
            for (SystemConstraint constraint : example.getSystemConstraints()) {
                newElement(tree, root, "System-level constraints", "New system-level constraint",
                        constraint.getText());
            }
            for (Hazard hazard : example.getHazards()) {
                tree.click(tree.item(root, "Hazards", hazard.getDisplayId() + ":"));
                chooseLinks("Losses", ids(hazard.getLosses()));
            }
            for (SystemConstraint constraint : example.getSystemConstraints()) {
                tree.click(tree.item(root, "System-level constraints", constraint.getDisplayId() + ":"));
                chooseLinks("Hazards", ids(constraint.getHazards()));
            }
        }

        private void newElement(TreeUser tree, String root, String folder, String command, String text) {
            tree.rightClick(tree.item(root, folder));
            robot.menu(() -> tree.tree().getMenu(), command);
            tree.renameField();
            robot.type(text);
            robot.key('\r');
            robot.waitUntil("the rename field closes", () -> !tree.renaming());
        }

        /** Properties, Main tab: the Choose… button of a list of links, and the elements checked in its dialog. */
        private void chooseLinks(String field, List<String> displayIds) {
            Composite properties = propertiesPage();
            robot.waitUntil("Properties shows " + field, () -> fieldAfter(properties, field + ":") != null);
            Button choose = robot.ui(() -> Robot.all((Composite) fieldAfter(properties, field + ":"), Button.class,
                    b -> true).get(0));
            robot.reveal(choose);
            robot.click(choose);
            checkInDialog(field, displayIds);
            robot.shellClosed(field);
        }

        /** In the checklist dialog titled {@code title}: a click and a space on each element, then OK. */
        private void checkInDialog(String title, List<String> displayIds) {
            Shell dialog = robot.shell(title);
            Table list = robot.find(dialog, Table.class, t -> true);
            for (String id : displayIds) {
                TableItem item = robot.ui(() -> List.of(list.getItems()).stream()
                        .filter(i -> i.getText().startsWith(id + ":")).findFirst().orElseThrow());
                Rectangle bounds = robot.ui(item::getBounds);
                robot.click(list, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
                robot.key(' ');
                robot.waitUntil(id + " checked", item::getChecked);
            }
            robot.button(dialog, "OK");
        }

        /** On the diagram page: each component from the palette, named in place; then the connections drawn. */
        void controlStructure() {
            showPage("Control structure");
            DiagramUser diagram = new DiagramUser(robot, robot.ui(editor::diagramPage));
            ControlStructure shipped = example.getControlStructures().get(0);
            int k = 0;
            for (Component component : shipped.getComponents()) {
                diagram.choose(tool(component.getKind()));
                int count = k;
                robot.click(diagram.canvas(), 30 + (k % 2) * 360, 20 + (k / 2) * 200);
                robot.waitUntil(component.getName() + " is created", () -> components().size() == count + 1);
                diagram.name(component.getName());
                k++;
            }
            for (Component component : shipped.getComponents()) {
                if (component.getReplicas() != 1) {
                    Component drawn = robot.ui(() -> components().stream()
                            .filter(c -> component.getName().equals(c.getName())).findFirst().orElseThrow());
                    org.premortem.diagram.layout.Point center = diagram.center(component.getName());
                    robot.click(diagram.canvas(), (int) center.x(), (int) center.y());
                    typeInProperties("Replicas", String.valueOf(component.getReplicas()), "Name");
                    robot.waitUntil("the replicas are set", () -> drawn.getReplicas() == component.getReplicas());
                }
            }
            for (Connection connection : shipped.getConnections()) {
                if (connection instanceof ControlAction || connection instanceof Feedback) {
                    int before = robot.ui(() -> connections().size());
                    diagram.choose(connection instanceof ControlAction ? Messages.Tool_controlAction
                            : Messages.Tool_feedback);
                    diagram.dragBetween(connection.getSource().getName(), connection.getTarget().getName());
                    robot.waitUntil(connection.getName() + " is drawn", () -> connections().size() == before + 1);
                    diagram.name(connection.getName());
                }
            }
        }

        /** From the UCA table: for each UCA, its cell's menu, Add UCA (type)…, its text typed, its hazards checked. */
        void ucas() {
            showPage("UCA table");
            UcaTablePage table = robot.ui(editor::ucaTablePage);
            UcaTableUser user = new UcaTableUser(robot, table);
            for (UnsafeControlAction uca : example.getUnsafeControlActions()) {
                ControlAction action = robot.ui(() -> table.rows().stream()
                        .filter(a -> a.getDisplayId().equals(uca.getControlAction().getDisplayId())).findFirst()
                        .orElseThrow());
                int before = robot.ui(() -> editor.analysis().getUnsafeControlActions().size());
                user.openCellMenu(action, UcaCategories.categoryOf(uca.getType()));
                robot.menu(() -> table.tableControl().getMenu(),
                        "Add UCA (" + UcaWording.typeName(uca.getType()) + ")\u2026");
                robot.shell("Add unsafe control action");
                robot.key('a', SWT.MOD1);
                robot.type(uca.getText());
                robot.key('\r');
                checkInDialog("Hazards", ids(uca.getHazards()));
                robot.waitUntil(uca.getDisplayId() + " is added",
                        () -> editor.analysis().getUnsafeControlActions().size() == before + 1);
            }
        }

        /** Clicks the editor's page tab labelled {@code label}. */
        private void showPage(String label) {
            CTabFolder tabs = robot.ui(() -> Robot.all(editor.getSite().getShell(), CTabFolder.class,
                    f -> List.of(f.getItems()).stream().anyMatch(i -> "UCA table".equals(i.getText()))).get(0));
            CTabItem item = robot.ui(() -> List.of(tabs.getItems()).stream().filter(i -> label.equals(i.getText()))
                    .findFirst().orElseThrow(() -> new AssertionError("no page " + label)));
            Rectangle bounds = robot.ui(item::getBounds);
            robot.click(tabs, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
            robot.waitUntil("the " + label + " page is shown", () -> tabs.getSelection() == item);
        }

        /** Clicks a text field in Properties, replaces its text by typing, then clicks {@code leaveTo}. */
        private void typeInProperties(String field, String value, String leaveTo) {
            Composite properties = propertiesPage();
            robot.waitUntil("Properties shows " + field, () -> fieldAfter(properties, field + ":") instanceof Text);
            Text text = robot.ui(() -> (Text) fieldAfter(properties, field + ":"));
            robot.reveal(text);
            robot.click(text, 8, 8);
            robot.key('a', SWT.MOD1);
            robot.type(value);
            Text other = robot.ui(() -> (Text) fieldAfter(properties, leaveTo + ":"));
            robot.reveal(other);
            robot.click(other, 8, 8);
        }

        private Composite propertiesPage() {
            return robot.ui(() -> {
                PropertySheet view = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
                return (Composite) view.getCurrentPage().getControl();
            });
        }

        private List<Component> components() {
            return editor.analysis().getControlStructures().get(0).getComponents();
        }

        private List<Connection> connections() {
            return editor.analysis().getControlStructures().get(0).getConnections();
        }
    }

    /** The visible field that follows the label {@code label} in Properties, or {@code null}. */
    private static Control fieldAfter(Composite properties, String label) {
        for (Label shown : Robot.all(properties, Label.class, l -> label.equals(l.getText()) && l.isVisible())) {
            Control[] siblings = shown.getParent().getChildren();
            for (int k = 0; k < siblings.length - 1; k++) {
                if (siblings[k] == shown) {
                    return siblings[k + 1];
                }
            }
        }
        return null;
    }

    private static String tool(ComponentKind kind) {
        return switch (kind) {
            case CONTROLLER -> Messages.Tool_controller;
            case HUMAN_CONTROLLER -> Messages.Tool_humanController;
            case CONTROLLED_PROCESS -> Messages.Tool_controlledProcess;
            case ACTUATOR -> Messages.Tool_actuator;
            case SENSOR -> Messages.Tool_sensor;
        };
    }

    private static List<String> ids(List<? extends IdentifiedElement> elements) {
        return elements.stream().map(IdentifiedElement::getDisplayId).toList();
    }

    /**
     * What the acceptance test authors, as comparable lines: losses, hazards and constraints with their texts and
     * links; components with kind and replicas; control actions and feedback with their ends; UCAs with controller,
     * action, type, text and hazards. Permanent ids and layout are not in it.
     */
    private static Map<String, List<String>> essentials(Analysis analysis) {
        ControlStructure structure = analysis.getControlStructures().get(0);
        Function<List<? extends IdentifiedElement>, String> ids = elements -> String.join(" ", ids(elements));
        return Map.of(
                "losses", analysis.getLosses().stream().map(l -> l.getDisplayId() + " " + l.getText()).toList(),
                "hazards", analysis.getHazards().stream()
                        .map(h -> h.getDisplayId() + " " + h.getText() + " -> " + ids.apply(h.getLosses())).toList(),
                "constraints", analysis.getSystemConstraints().stream()
                        .map(c -> c.getDisplayId() + " " + c.getText() + " -> " + ids.apply(c.getHazards())).toList(),
                "components", structure.getComponents().stream().map(c -> c.getDisplayId() + " " + c.getName()
                        + " " + c.getKind() + " x" + c.getReplicas()).toList(),
                "connections", structure.getConnections().stream()
                        .filter(c -> c instanceof ControlAction || c instanceof Feedback)
                        .map(c -> c.eClass().getName() + " " + c.getDisplayId() + " " + c.getName() + ": "
                                + c.getSource().getName() + " -> " + c.getTarget().getName())
                        .toList(),
                "ucas", analysis.getUnsafeControlActions().stream()
                        .map(u -> u.getDisplayId() + " " + u.getSource().getName() + " "
                                + u.getControlAction().getDisplayId() + " " + u.getType() + " " + u.getText()
                                + " -> " + ids.apply(u.getHazards()))
                        .collect(Collectors.toList()));
    }
}
