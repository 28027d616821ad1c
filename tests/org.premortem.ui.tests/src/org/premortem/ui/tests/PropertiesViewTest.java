/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.ui.tests.robot.Robot;

/**
 * The Properties view as a person uses it: click a field, type, leave it; choose from a list in the analyst's
 * words; follow a traceability link. Every edit is undone by Ctrl+Z.
 */
class PropertiesViewTest {

    private ExampleProject example;
    private PremortemEditor editor;
    private IWorkbenchPage page;

    @BeforeEach
    void open() throws Exception {
        example = new ExampleProject("properties-test");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (PremortemEditor) IDE.openEditor(page, example.model);
        ExampleProject.settle();
    }

    @AfterEach
    void close() throws Exception {
        page.closeAllEditors(false);
        example.delete();
    }

    @Test
    void aNewLossWithNoTextYetIsNamedByTypingInProperties() throws Exception {
        Loss loss = StpaFactory.eINSTANCE.createLoss();
        editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(),
                editor.analysis(), StpaPackage.Literals.ANALYSIS__LOSSES, loss));
        editor.select(new StructuredSelection(loss));
        Composite properties = propertiesView();
        ExampleProject.settle();
        assertNull(loss.getText(), "a new loss has no text yet");

        Robot.play("name-new-loss", robot -> {
            robot.fillScreen(robot.ui(editor.getSite()::getShell));
            Text field = robot.find(properties, Text.class, t -> labelBefore(t).equals("Text:"));
            robot.reveal(field);
            robot.click(field, 10, 10);
            robot.type("Customers lose data");
            Text displayId = robot.find(properties, Text.class, t -> labelBefore(t).equals("Display Id:"));
            robot.click(displayId, 10, 8);
            robot.waitUntil("leaving the field sets the text", () -> "Customers lose data".equals(loss.getText()));
            robot.waitUntil("the view's title names the loss by its new text", () -> !Robot.all(properties,
                    CLabel.class, l -> "L-2: Customers lose data".equals(l.getText())).isEmpty());
            robot.uiRun(() -> page.activate(editor));
            List<String> edit = robot.menuLabels(() -> page.getWorkbenchWindow().getShell().getMenuBar(), "Edit");
            assertTrue(edit.stream().anyMatch(label -> label.startsWith("Undo Change Text of L-")),
                    "Edit > Undo says what it undoes, in the analyst's words: " + edit);
            robot.key('z', SWT.MOD1);
            robot.waitUntil("undo takes the text back", () -> loss.getText() == null);
        });
        assertTrue(editor.isDirty(), "the loss itself is still added");
    }

    @Test
    void anEnumerationIsChosenInTheAnalystsWords() throws Exception {
        Component planner = editor.analysis().getControlStructures().get(0).getComponents().get(0);
        editor.select(new StructuredSelection(planner));
        Composite properties = propertiesView();
        ExampleProject.settle();

        Robot.play("choose-kind", robot -> {
            robot.fillScreen(robot.ui(editor.getSite()::getShell));
            CCombo kind = robot.find(properties, CCombo.class, c -> labelBefore(c).equals("Kind:"));
            robot.reveal(kind);
            List<String> items = robot.ui(() -> List.of(kind.getItems()));
            assertTrue(items.contains("Controlled process"), String.valueOf(items));
            assertTrue(items.stream().noneMatch(item -> item.contains("_")), "no enum literals: " + items);
            robot.click(kind, 10, 8);
            robot.key(SWT.ARROW_DOWN);
            robot.key(SWT.CR);
            robot.waitUntil("the kind changed", () -> planner.getKind() != ComponentKind.CONTROLLER);
        });
    }

    @Test
    void traceabilityTabListsWhatLinksToAHazard() throws Exception {
        Hazard hazard = editor.analysis().getHazards().get(0);
        editor.select(new StructuredSelection(hazard));
        Composite properties = propertiesView();
        ExampleProject.settle();

        Robot.play("traceability", robot -> {
            robot.fillScreen(robot.ui(editor.getSite()::getShell));
            List<Control> tabs = robot.ui(() -> Robot.all(properties, Control.class,
                    c -> c.getClass().getSimpleName().equals("ListElement")));
            Control tab = tabs.stream().filter(c -> "Traceability".equals(robot.ui(c::toString))).findFirst()
                    .orElse(tabs.get(1));
            robot.click(tab);
            Table linkedFrom = robot.find(properties, Table.class, t -> labelBefore(t).equals("Linked from:"));
            robot.waitUntil("UCAs link to the hazard", () -> linkedFrom.getItemCount() > 1);
            List<String> shown = robot.ui(() -> List.of(linkedFrom.getItems()).stream().map(i -> i.getText(1)).toList());
            assertTrue(shown.stream().anyMatch(label -> label.startsWith("UCA-")), "UCAs link to H-1: " + shown);
            // Opening an entry (Enter / double click) is not driven here yet: posted input on this table was
            // refused or not delivered under Xvfb; see the issue note.
        });
    }

    @Test
    void aChooserListsElementsInIdOrderWhateverTheirOrderInTheModel() throws Exception {
        // UCA-10 moved to the front of the model's list, as a drag in the tree can do
        UnsafeControlAction uca10 = editor.analysis().getUnsafeControlActions().stream()
                .filter(u -> "UCA-10".equals(u.getDisplayId())).findFirst().orElseThrow();
        editor.getEditingDomain().getCommandStack().execute(MoveCommand.create(editor.getEditingDomain(),
                editor.analysis(), StpaPackage.Literals.ANALYSIS__UNSAFE_CONTROL_ACTIONS, uca10, 0));
        Composite properties = propertiesView();
        ExampleProject.settle();

        Robot.play("chooser-order", robot -> {
            robot.fillScreen(robot.ui(editor.getSite()::getShell));
            TreeUser tree = new TreeUser(robot, robot.ui(editor::modelTree));
            tree.click(tree.item("AWS DynamoDB DNS outage", "Requirements", "REQ-1"));
            Label label = robot.find(properties, Label.class, l -> l.getText().equals("Unsafe Control Actions:"));
            Button choose = robot.ui(() -> {
                Control[] siblings = label.getParent().getChildren();
                int at = List.of(siblings).indexOf(label);
                return Robot.all((Composite) siblings[at + 1], Button.class, b -> true).get(0);
            });
            robot.reveal(choose);
            robot.click(choose);
            Shell dialog = robot.shell("Unsafe Control Actions");
            Table list = robot.find(dialog, Table.class, t -> true);
            List<String> shown = robot.ui(() -> List.of(list.getItems()).stream()
                    .map(item -> item.getText().substring(0, item.getText().indexOf(':'))).toList());
            assertEquals(List.of("UCA-1", "UCA-2", "UCA-3", "UCA-4", "UCA-5", "UCA-6", "UCA-7", "UCA-8", "UCA-9",
                    "UCA-10", "UCA-11", "UCA-12", "UCA-13"), shown);
            robot.button(dialog, "Cancel");
        });
    }

    private Composite propertiesView() throws Exception {
        PropertySheet view = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        ExampleProject.settle();
        return (Composite) view.getCurrentPage().getControl();
    }

    /** The text of the label just before {@code control} in its parent: how a person knows which field it is. */
    static String labelBefore(Control control) {
        Control[] siblings = control.getParent().getChildren();
        for (int k = 1; k < siblings.length; k++) {
            if (siblings[k] == control && siblings[k - 1] instanceof Label label) {
                return label.getText();
            }
        }
        return control.getParent().getParent() != null && !(control.getParent() instanceof org.eclipse.swt.widgets.Shell)
                && control.getParent().getChildren()[0] == control ? labelBefore(control.getParent()) : "";
    }
}
