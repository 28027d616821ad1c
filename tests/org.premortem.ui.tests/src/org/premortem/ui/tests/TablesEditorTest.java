/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.query.UcaCategories;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.CausalFactor;
import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ContextTable;
import org.premortem.model.stpa.ContextTableRow;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.tables.ContextTablesPage;
import org.premortem.tables.ElementTable;
import org.premortem.tables.MatrixTable;
import org.premortem.tables.ScenariosPage;
import org.premortem.tables.UcaTablePage;
import org.premortem.tables.UcaWording;
import org.premortem.ui.tests.robot.Robot;

/**
 * The table pages as a user drives them, with the mouse and the keyboard (see {@link Robot}): adding a UCA from a
 * cell's menu by typing its context after the standard wording, marking a cell not applicable, editing in place
 * and deleting, linking through the matrices, adding and editing scenarios, sorting and filtering, and generating
 * UCAs from a context table. Each change shows at once, a new element is selected and in view, and Edit > Undo
 * undoes it exactly. The few tests that call page methods directly say so in their names ({@code …ByApi}).
 */
class TablesEditorTest {

    private static final int SCENARIO_TEXT = 4;
    private static final int SCENARIO_FACTORS = 3;

    private ExampleProject example;
    private PremortemEditor editor;
    private UcaTablePage table;
    private Analysis before;

    @BeforeEach
    void openTheUcaTable() throws Exception {
        example = new ExampleProject("tables-test");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (PremortemEditor) IDE.openEditor(page, example.model);
        editor.showUcaTable();
        table = editor.ucaTablePage();
        ExampleProject.settle();
        before = EcoreUtil.copy(editor.analysis());
    }

    @AfterEach
    void close() throws Exception {
        try {
            if (editor != null) {
                editor.getSite().getPage().closeEditor(editor, false);
            }
        } finally {
            example.delete();
        }
    }

    @Test
    void oneRowPerControlActionGroupedByControllerAndOneColumnPerCategory() {
        assertEquals(4, table.rows().size());
        Set<Component> done = new HashSet<>();
        Component current = null;
        for (ControlAction action : table.rows()) {
            if (action.getSource() != current) {
                assertFalse(done.contains(action.getSource()), "the actions of a controller are adjacent");
                done.add(current);
                current = action.getSource();
            }
        }
        ControlAction newPlan = action("CA-1");
        assertTrue(table.cellText(newPlan, UcaCategory.DURATION).startsWith("n/a \u2014 "));
        UnsafeControlAction first = editor.analysis().getUnsafeControlActions().get(0);
        String cell = table.cellText(first.getControlAction(), UcaCategories.categoryOf(first.getType()));
        assertTrue(cell.contains(first.getDisplayId() + ": " + first.getText()), cell);
    }

    @Test
    void aUcaIsAddedFromTheCellMenuByTypingItsContextAfterTheStandardWording() throws Exception {
        ControlAction addPlan = action("CA-2");
        String wording = UcaWording.standard(addPlan, UcaType.NOT_PROVIDED);
        assertEquals(addPlan.getSource().getName() + " does not provide Add plan when \u2026", wording);
        assertEquals(2, table.ucas(addPlan, UcaCategory.NOT_PROVIDED).size(), "the cell has two UCAs already");
        Hazard h1 = editor.analysis().getHazards().get(0);
        int ucas = editor.analysis().getUnsafeControlActions().size();

        Robot.play("add-uca", robot -> {
            openCellMenu(robot, addPlan, UcaCategory.NOT_PROVIDED);
            robot.menu(() -> table.tableControl().getMenu(), "Add UCA (not provided)\u2026");
            robot.shell("Add unsafe control action");
            robot.type("the plan is already stale");
            robot.key(SWT.CR);
            checkFirstHazard(robot);
            robot.waitUntil("the UCA is added", () -> editor.analysis().getUnsafeControlActions().size() == ucas + 1);
            UnsafeControlAction added = robot.ui(() -> last(editor.analysis().getUnsafeControlActions()));
            robot.waitUntil("the new UCA alone is the page's selection (Outline, Properties)",
                    () -> selected(table.selectionProvider()).equals(List.of(added)));
            robot.uiRun(() -> {
                assertEquals("Enactor does not provide Add plan when the plan is already stale", added.getText(),
                        "what the user typed replaced the \u2026 of the standard wording");
                assertEquals("the plan is already stale", added.getContext(), "the context is what follows it");
                assertEquals(addPlan, added.getControlAction());
                assertEquals(addPlan.getSource(), added.getSource());
                assertEquals(UcaType.NOT_PROVIDED, added.getType());
                assertEquals(List.of(h1), added.getHazards());
                assertTrue(added.getDisplayId().startsWith("UCA-"));
                assertTrue(table.cellText(addPlan, UcaCategory.NOT_PROVIDED).contains(added.getDisplayId() + ": "
                        + added.getText() + " [" + h1.getDisplayId() + "]"), "the cell lists the new UCA");
                assertEquals(table.selectedCell().orElseThrow(), new UcaTablePage.Cell(addPlan,
                        UcaCategory.NOT_PROVIDED));
            });
        });
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()), "undo restores the model");
    }

    @Test
    void shiftEnterInTheAddUcaDialogStartsALineAndEnterConfirmsTheTextStripped() throws Exception {
        ControlAction newPlan = action("CA-1");
        int ucas = editor.analysis().getUnsafeControlActions().size();
        Robot.play("add-uca-lines", robot -> {
            openCellMenu(robot, newPlan, UcaCategory.PROVIDED);
            robot.menu(() -> table.tableControl().getMenu(), "Add UCA (provided)\u2026");
            Shell dialog = robot.shell("Add unsafe control action");
            robot.type("a newer plan is being applied");
            robot.key(SWT.CR, SWT.SHIFT);
            assertTrue(robot.ui(() -> !dialog.isDisposed() && dialog.isVisible()), "Shift+Enter leaves it open");
            robot.key(SWT.CR);
            Shell hazards = robot.shell("Hazards");
            robot.button(hazards, "OK");
            robot.waitUntil("the UCA is added", () -> editor.analysis().getUnsafeControlActions().size() == ucas + 1);
            assertEquals("Planner provides New plan when a newer plan is being applied",
                    robot.ui(() -> last(editor.analysis().getUnsafeControlActions()).getText()));
        });
    }

    @Test
    void aCellIsMarkedNotApplicableFromItsMenuAndUndoneExactly() throws Exception {
        ControlAction deletePlan = action("CA-4");
        Robot.play("not-applicable", robot -> {
            openCellMenu(robot, deletePlan, UcaCategory.PARAMETER);
            robot.menu(() -> table.tableControl().getMenu(), "Mark Not Applicable\u2026");
            robot.shell("Not applicable");
            robot.type("Deleting a plan has no parameter");
            robot.key(SWT.CR);
            robot.waitUntil("the cell says n/a", () -> table.cellText(deletePlan, UcaCategory.PARAMETER)
                    .contains("n/a \u2014 Deleting a plan has no parameter"));
            NotApplicableEntry entry = robot.ui(() -> last(editor.analysis().getNotApplicable()));
            robot.uiRun(() -> {
                assertEquals(deletePlan, entry.getControlAction());
                assertEquals(UcaCategory.PARAMETER, entry.getCategory());
                assertEquals(List.of(entry), selected(table.selectionProvider()), "the new entry is selected");
            });
        });
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));
    }

    @Test
    void aUcaIsDeletedFromItsCellMenuWithTheReferencesToItAndUndoneExactly() throws Exception {
        UnsafeControlAction uca = editor.analysis().getUnsafeControlActions().get(0);
        Robot.play("delete-uca", robot -> {
            openCellMenu(robot, uca.getControlAction(), UcaCategories.categoryOf(uca.getType()));
            robot.menu(() -> table.tableControl().getMenu(), "Delete " + uca.getDisplayId());
            robot.waitUntil("the UCA is gone", () -> !editor.analysis().getUnsafeControlActions().contains(uca));
        });
        assertTrue(editor.analysis().getRequirements().stream()
                .noneMatch(r -> r.getUnsafeControlActions().contains(uca)), "references to it are removed too");
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));
    }

    @Test
    void editingAUcaTextByApiIsOneCommandUndoneExactly() throws Exception {
        UnsafeControlAction uca = editor.analysis().getUnsafeControlActions().get(0);
        table.editText(uca, "Edited in the table");
        assertEquals("Edited in the table", uca.getText());
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));
    }

    @Test
    void clickingACellSelectsItsUcasForPropertiesAndOutline() throws Exception {
        UnsafeControlAction uca = editor.analysis().getUnsafeControlActions().get(0);
        UcaCategory category = UcaCategories.categoryOf(uca.getType());
        Robot.play("select-cell", robot -> {
            Point cell = Looks.middle(ucaCell(robot, uca.getControlAction(), category));
            robot.click(table.tableControl(), cell.x, cell.y);
            robot.waitUntil("the cell's UCAs are the editor's selection", () -> ((IStructuredSelection) editor
                    .getSite().getSelectionProvider().getSelection()).toList()
                    .equals(table.ucas(uca.getControlAction(), category)));
        });
    }

    @Test
    void aUcaTextIsEditedInPlaceByDoubleClickTypingAndEnterAndUndoneExactly() throws Exception {
        UnsafeControlAction uca = editor.analysis().getUnsafeControlActions().get(0);
        UcaCategory category = UcaCategories.categoryOf(uca.getType());
        assertEquals(List.of(uca), table.ucas(uca.getControlAction(), category), "alone in its cell");
        String original = uca.getText();
        Robot.play("edit-in-place", robot -> {
            Rectangle clicked = ucaCell(robot, uca.getControlAction(), category);
            robot.doubleClick(table.tableControl(), clicked.x + clicked.width / 2, clicked.y + clicked.height / 2);
            Text field = robot.find((Composite) table.tableControl(), Text.class, t -> true);
            assertEquals(original, robot.ui(field::getText), "the field starts with the UCA's text");
            // the table may still be settling its row heights when the field opens: the field follows the cell
            robot.waitUntil("the field lies over the cell", () -> {
                Rectangle cell = table.cellBounds(uca.getControlAction(), category).orElseThrow();
                Rectangle over = field.getBounds();
                // over it, give or take the cell's border (GTK draws the field's frame a pixel or two inside)
                return Math.abs(cell.x - over.x) <= 2 && Math.abs(cell.y - over.y) <= 2
                        && Math.abs(cell.width - over.width) <= 4;
            });
            robot.type("Edited in the cell"); // the whole text is selected: typing replaces it
            robot.key(SWT.CR);
            robot.waitUntil("Enter commits", () -> "Edited in the cell".equals(uca.getText()));
            assertTrue(robot.ui(field::isDisposed), "and closes the field");
            robot.waitUntil("the cell shows the new text", () -> table.cellText(uca.getControlAction(), category)
                    .contains(uca.getDisplayId() + ": Edited in the cell"));
        });
        undo();
        assertEquals(original, uca.getText());
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()), "one command, undone exactly");
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "and it was the only one");
    }

    @Test
    void escapeCancelsAnInPlaceEditAndNoChangeMakesNoCommand() throws Exception {
        UnsafeControlAction uca = editor.analysis().getUnsafeControlActions().get(0);
        UcaCategory category = UcaCategories.categoryOf(uca.getType());
        Robot.play("escape-in-place", robot -> {
            Rectangle cell = ucaCell(robot, uca.getControlAction(), category);
            robot.doubleClick(table.tableControl(), cell.x + cell.width / 2, cell.y + cell.height / 2);
            Text field = robot.find((Composite) table.tableControl(), Text.class, t -> true);
            robot.type("Never committed");
            robot.key(SWT.ESC);
            robot.waitUntil("Escape closes the field", field::isDisposed);
            robot.key(SWT.F2);
            Text again = robot.find((Composite) table.tableControl(), Text.class, t -> true);
            robot.key(SWT.CR);
            robot.waitUntil("Enter closes it", again::isDisposed);
        });
        ExampleProject.settle();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "no command for no change");
    }

    @Test
    void theHazardLossMatrixLinksAndUnlinksOnAClickAndUndoRestores() throws Exception {
        editor.showTraceability();
        ExampleProject.settle();
        MatrixTable matrix = editor.traceabilityPage().hazardLoss();
        int row = matrix.rows().indexOf(editor.analysis().getHazards().get(0));
        int column = matrix.columns().size() - 1;
        Hazard hazard = (Hazard) matrix.rows().get(row);
        Loss loss = (Loss) matrix.columns().get(column);
        boolean linked = hazard.getLosses().contains(loss);
        assertEquals(linked, matrix.linked(row, column));

        Robot.play("hazard-loss", robot -> {
            clickCell(robot, matrix.table(), row, column + 1);
            robot.waitUntil("the click toggles the link", () -> hazard.getLosses().contains(loss) != linked);
            robot.waitUntil("the cell shows it", () -> matrix.linked(row, column) != linked);
        });
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));
    }

    @Test
    void theUcaHazardMatrixUnlinksOnAClickOnACheckAndUndoRestores() throws Exception {
        editor.showTraceability();
        ExampleProject.settle();
        MatrixTable matrix = editor.traceabilityPage().ucaHazard();
        assertEquals(editor.analysis().getUnsafeControlActions(), matrix.rows());
        UnsafeControlAction uca = (UnsafeControlAction) matrix.rows().get(0);
        Hazard linked = uca.getHazards().get(0);
        int column = matrix.columns().indexOf(linked);
        assertTrue(matrix.linked(0, column));

        Robot.play("uca-hazard", robot -> {
            clickCell(robot, matrix.table(), 0, column + 1);
            robot.waitUntil("a click on a checked cell unlinks", () -> !uca.getHazards().contains(linked));
        });
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));
        assertTrue(matrix.linked(0, column));
    }

    @Test
    void theMatricesSortByAClickOnAColumnHeaderAndFilterByTypingAndAClickHitsTheSortedRow() throws Exception {
        editor.showTraceability();
        ExampleProject.settle();
        MatrixTable matrix = editor.traceabilityPage().hazardLoss();
        List<? extends IdentifiedElement> documentOrder = List.copyOf(matrix.rows());
        Robot.play("matrix-sort-filter", robot -> {
            NatTable natTable = (NatTable) matrix.table().tableControl();
            Point header = robot.ui(() -> Looks.middle(Looks.columnHeader(natTable, "Hazard").orElseThrow()));
            robot.click(natTable, header.x, header.y);
            robot.click(natTable, header.x, header.y);
            robot.waitUntil("descending by id", () -> matrix.rows().get(0) == documentOrder.get(documentOrder.size()
                    - 1));
            Hazard first = robot.ui(() -> (Hazard) matrix.rows().get(0));
            Loss loss = robot.ui(() -> (Loss) matrix.columns().get(0));
            boolean linked = robot.ui(() -> first.getLosses().contains(loss));
            clickCell(robot, matrix.table(), 0, 1);
            robot.waitUntil("the click toggles the row shown, sorted", () -> first.getLosses().contains(loss)
                    != linked);

            Text filter = filterOf(robot, matrix.table());
            robot.click(filter);
            robot.type(first.getDisplayId().toLowerCase() + ":");
            robot.waitUntil("the filter keeps the rows whose label has the text",
                    () -> matrix.rows().equals(List.of(first)));
        });
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));
    }

    @Test
    void addOnTheScenariosPageSelectsTheNewRowInViewAndWhatIsTypedBecomesItsText() throws Exception {
        editor.showScenarios();
        ExampleProject.settle();
        ScenariosPage page = editor.scenariosPage();
        ElementTable<LossScenario> scenarios = page.scenarios();
        assertEquals(editor.analysis().getLossScenarios(), scenarios.rows());
        int count = scenarios.rows().size();

        Robot.play("add-scenario", robot -> {
            Button add = robot.ui(() -> Robot.all((Composite) page.control(), Button.class,
                    b -> "Add".equals(b.getText())).get(0));
            robot.click(add);
            robot.waitUntil("a scenario is added", () -> editor.analysis().getLossScenarios().size() == count + 1);
            LossScenario added = robot.ui(() -> last(editor.analysis().getLossScenarios()));
            robot.waitUntil("the new scenario is the selection",
                    () -> selected(page.selectionProvider()).equals(List.of(added)));
            robot.uiRun(() -> {
                Rectangle cell = scenarios.cellBounds(scenarios.rows().indexOf(added), SCENARIO_TEXT)
                        .orElseThrow(() -> new AssertionError("the new row is scrolled into view"));
                Rectangle area = ((Composite) scenarios.tableControl()).getClientArea();
                assertTrue(cell.y >= 0 && cell.y + cell.height <= area.height, "wholly in view: " + cell);
                assertTrue(added.getDisplayId().startsWith("LS-"));
            });
            robot.type("The Enactor applies a stale plan");
            robot.key(SWT.CR);
            robot.waitUntil("what is typed is the new scenario's text",
                    () -> "The Enactor applies a stale plan".equals(added.getText()));
            robot.waitUntil("and shows", () -> scenarios.cellText(scenarios.rows().indexOf(added), SCENARIO_TEXT)
                    .equals("The Enactor applies a stale plan"));
        });
        undo();
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));
    }

    @Test
    void addOnTheRequirementsTableSelectsTheNewRowAndAFilterDoesNotHideIt() throws Exception {
        editor.showScenarios();
        ExampleProject.settle();
        ScenariosPage page = editor.scenariosPage();
        ElementTable<Requirement> requirements = page.requirements();
        Robot.play("add-requirement", robot -> {
            Text filter = filterOf(robot, requirements);
            robot.click(filter);
            robot.type("deadline");
            robot.waitUntil("the filter narrows", () -> requirements.rows().size() < editor.analysis()
                    .getRequirements().size());
            Button add = robot.ui(() -> Robot.all((Composite) page.control(), Button.class,
                    b -> "Add".equals(b.getText())).get(1));
            robot.click(add);
            Requirement added = robot.ui(() -> last(editor.analysis().getRequirements()));
            robot.waitUntil("the new requirement is shown and selected", () -> requirements.rows().contains(added)
                    && selected(page.selectionProvider()).equals(List.of(added)));
            assertEquals("", robot.ui(filter::getText), "Add cleared the filter that would hide the new row");
            robot.type("The Enactors check a plan's age before applying it");
            robot.key(SWT.CR);
            robot.waitUntil("what is typed is its text",
                    () -> "The Enactors check a plan's age before applying it".equals(added.getText()));
        });
    }

    @Test
    void deletingARequirementByApiIsUndoneExactly() throws Exception {
        editor.showScenarios();
        ExampleProject.settle();
        Requirement requirement = editor.analysis().getRequirements().get(0);
        editor.scenariosPage().delete(List.of(requirement));
        assertFalse(editor.analysis().getRequirements().contains(requirement));
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));
    }

    @Test
    void elementTablesSortByClicksOnAColumnHeaderAndFilterByTyping() throws Exception {
        editor.showScenarios();
        ExampleProject.settle();
        ElementTable<LossScenario> scenarios = editor.scenariosPage().scenarios();
        int count = scenarios.rows().size();
        LossScenario newest = last(editor.analysis().getLossScenarios());
        Robot.play("sort-filter", robot -> {
            NatTable natTable = (NatTable) scenarios.tableControl();
            Point header = robot.ui(() -> Looks.middle(Looks.columnHeader(natTable, "ID").orElseThrow()));
            robot.click(natTable, header.x, header.y);
            robot.click(natTable, header.x, header.y);
            robot.waitUntil("descending by id", () -> scenarios.rows().get(0) == newest);
            Text filter = filterOf(robot, scenarios);
            robot.click(filter);
            String typed = newest.getDisplayId().toLowerCase();
            robot.type(typed);
            robot.waitUntil("the filter ignores case and hides rows without the text",
                    () -> scenarios.rows().contains(newest) && scenarios.rows().size() < count);
            for (int k = typed.length() - 1; k >= 0; k--) {
                robot.key(SWT.BS); // not Ctrl+A: the workbench binds it to its own Select All
                int left = k;
                // each key refilters the table; the next one waits for it, as a person watching the rows would
                robot.waitUntil("the filter to read \"" + typed.substring(0, left) + "\"",
                        () -> filter.getText().length() == left);
            }
            robot.waitUntil("an empty filter shows all", () -> scenarios.rows().size() == count);
        });
    }

    @Test
    void aScenariosUcaClassAndCausalFactorsAreChosenAndTypedInTheTableEachUndoneExactly() throws Exception {
        editor.showScenarios();
        ExampleProject.settle();
        ScenariosPage page = editor.scenariosPage();
        ElementTable<LossScenario> scenarios = page.scenarios();
        LossScenario scenario = scenarios.rows().get(0);
        UnsafeControlAction uca2 = editor.analysis().getUnsafeControlActions().get(1);
        assertEquals("UCA-2", uca2.getDisplayId());

        Robot.play("scenario-uca", robot -> {
            doubleClickCell(robot, scenarios, 0, 1);
            Shell chooser = robot.shell("Unsafe control action");
            Table list = robot.find(chooser, Table.class, t -> true);
            robot.waitUntil("the chooser lists every UCA", () -> list.getItemCount() == editor.analysis()
                    .getUnsafeControlActions().size());
            List<String> shown = robot.ui(() -> {
                List<String> labels = new ArrayList<>();
                for (int i = 0; i < list.getItemCount(); i++) {
                    labels.add(list.getItem(i).getText().replaceAll(":.*", ""));
                }
                return labels;
            });
            List<String> ids = robot.ui(() -> editor.analysis().getUnsafeControlActions().stream()
                    .map(UnsafeControlAction::getDisplayId).toList());
            assertEquals(ids, shown, "ids in numeric order: UCA-2 before UCA-10");
            robot.type("UCA-2:");
            robot.waitUntil("typing narrows the list", () -> list.getItemCount() == 1);
            robot.key(SWT.CR);
            robot.waitUntil("the chosen UCA is the scenario's", () -> scenario.getUnsafeControlAction() == uca2);
            robot.waitUntil("and shows", () -> "UCA-2".equals(scenarios.cellText(0, 1)));
        });
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));

        ScenarioClass otherClass = scenario.getScenarioClass() == ScenarioClass.CONTROL_PATH
                ? ScenarioClass.CONTROLLED_PROCESS : ScenarioClass.CONTROL_PATH;
        String className = otherClass.getName().toLowerCase().replace('_', ' ');
        Robot.play("scenario-class", robot -> {
            doubleClickCell(robot, scenarios, 0, 2);
            robot.shell("Scenario class");
            robot.type(className);
            robot.key(SWT.CR);
            robot.waitUntil("the class is chosen", () -> scenario.getScenarioClass() == otherClass);
        });
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));

        Robot.play("scenario-factors", robot -> {
            clickCell(robot, scenarios, 0, SCENARIO_FACTORS);
            robot.type("Flawed process model: the Enactor takes plan 1 for current");
            robot.key(SWT.CR);
            robot.key(SWT.CR);
            robot.type("feedback delayed");
            robot.key(SWT.CR);
            robot.type("the cache is cold");
            robot.key(SWT.CR, SWT.MOD1);
            robot.waitUntil("Ctrl+Enter commits the factors, one per line", () -> scenario.getCausalFactors()
                    .size() == 3);
        });
        ExampleProject.settle();
        assertEquals(List.of(CausalFactorKind.FLAWED_PROCESS_MODEL, CausalFactorKind.FEEDBACK_DELAYED,
                CausalFactorKind.OTHER), scenario.getCausalFactors().stream().map(CausalFactor::getKind).toList());
        assertEquals(List.of("the Enactor takes plan 1 for current", "", "the cache is cold"), scenario
                .getCausalFactors().stream().map(f -> f.getText() == null ? "" : f.getText()).toList());
        assertEquals("flawed process model: the Enactor takes plan 1 for current\nfeedback delayed\n"
                + "other: the cache is cold", scenarios.cellText(0, SCENARIO_FACTORS));
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()), "one command, undone exactly");
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo());

        String shown = scenarios.cellText(0, SCENARIO_FACTORS);
        scenarios.setText(0, SCENARIO_FACTORS, shown.replace(": ", ":"));
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "the same factors make no command");
    }

    @Test
    void listsOfIdsInCellsAreInIdOrder() throws Exception {
        editor.showScenarios();
        ExampleProject.settle();
        Requirement requirement = editor.analysis().getRequirements().get(0);
        List<UnsafeControlAction> ucas = editor.analysis().getUnsafeControlActions();
        UnsafeControlAction uca10 = ucas.stream().filter(u -> "UCA-10".equals(u.getDisplayId())).findFirst()
                .orElseThrow();
        UnsafeControlAction uca2 = ucas.stream().filter(u -> "UCA-2".equals(u.getDisplayId())).findFirst()
                .orElseThrow();
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), requirement,
                StpaPackage.eINSTANCE.getRequirement_UnsafeControlActions(), List.of(uca10, uca2)));
        ExampleProject.settle();
        ElementTable<Requirement> requirements = editor.scenariosPage().requirements();
        assertEquals("UCA-2, UCA-10", requirements.cellText(requirements.rows().indexOf(requirement), 3));
    }

    @Test
    void aContextTableIsCreatedMarkedAndTurnedIntoUcasWithClicksAndGenerateSaysHowMany() throws Exception {
        ContextTablesPage page = showContextTablesOfSetPlanActive();
        ControlAction action = page.controlActions().stream().filter(a -> "Set plan i active".equals(a.getName()))
                .findFirst().orElseThrow();
        int ucas = editor.analysis().getUnsafeControlActions().size();
        Hazard h1 = editor.analysis().getHazards().get(0);

        Robot.play("context-table", robot -> {
            Shell shell = robot.ui(() -> page.control().getShell());
            robot.button(shell, "Create Context Table");
            robot.waitUntil("the table is made", () -> page.table().isPresent());
            ElementTable<ContextTableRow> rows = page.rowTable();
            robot.waitUntil("its first row is selected", () -> selected(editor.contextTablesPage()
                    .selectionProvider()).equals(List.of(rows.rows().get(0))));
            int variables = robot.ui(() -> page.table().orElseThrow().getVariables().size());
            int provided = variables + UcaType.VALUES.indexOf(UcaType.PROVIDED);
            int hazards = variables + UcaType.VALUES.size();
            clickCell(robot, rows, 1, provided);
            robot.waitUntil("the row is hazardous when provided", () -> rows.rows().get(1).getHazardousTypes()
                    .contains(UcaType.PROVIDED));
            clickCell(robot, rows, 1, hazards);
            checkFirstHazard(robot);
            robot.waitUntil("the row has its hazard", () -> rows.rows().get(1).getHazards().equals(List.of(h1)));

            robot.button(shell, "Generate UCAs from Hazardous Rows");
            Shell told = robot.shell("Generate UCAs");
            assertEquals("Generated 1 UCA (0 already existed). It is in the UCA table.", message(robot, told));
            robot.button(told, "OK");
            robot.button(shell, "Generate UCAs from Hazardous Rows");
            told = robot.shell("Generate UCAs");
            assertEquals("No UCA generated: the hazardous rows of this table already have their 1 UCAs.",
                    message(robot, told));
            robot.button(told, "OK");
        });
        assertEquals(ucas + 1, editor.analysis().getUnsafeControlActions().size());
        UnsafeControlAction generated = last(editor.analysis().getUnsafeControlActions());
        ContextTableRow row = page.table().orElseThrow().getRows().get(1);
        assertEquals(row, generated.getContextTableRow(), "the UCA is linked back to its row");
        assertEquals(action, generated.getControlAction());
        assertEquals(List.of(h1), generated.getHazards());
        assertEquals("Enactor provides Set plan i active when the own plan is newer than the active plan, plan i is "
                + "active, plan i is significantly older than the plan just applied, plan i is good and the Route53 "
                + "plan storage is not nearly full", generated.getText(), "the row's context, in words");
    }

    @Test
    void aContextTableHasEveryCombinationAndGeneratesLinkedUcasUndoablyByApi() throws Exception {
        ContextTablesPage page = showContextTablesOfSetPlanActive();
        page.createTable();
        ExampleProject.settle();
        ControlAction action = page.table().orElseThrow().getControlAction();

        ContextTable contextTable = page.table().orElseThrow();
        int combinations = action.getSource().getProcessModel().stream().mapToInt(v -> v.getValues().size())
                .reduce(1, (a, b) -> a * b);
        assertEquals(combinations, contextTable.getRows().size(), "one row per combination of variable values");
        assertEquals(action.getSource().getProcessModel(), contextTable.getVariables());
        assertTrue(contextTable.getRows().stream().allMatch(r -> r.getId() != null), "rows get ids");

        ContextTableRow row = contextTable.getRows().get(1);
        Hazard h1 = editor.analysis().getHazards().get(0);
        page.toggleHazardous(row, UcaType.PROVIDED);
        page.setHazards(row, List.of(h1));
        int ucasBefore = editor.analysis().getUnsafeControlActions().size();
        assertEquals(1, page.generateUcas().generated());
        ExampleProject.settle();

        assertEquals(ucasBefore + 1, editor.analysis().getUnsafeControlActions().size());
        UnsafeControlAction generated = last(editor.analysis().getUnsafeControlActions());
        assertEquals(row, generated.getContextTableRow());
        assertEquals(UcaType.PROVIDED, generated.getType());
        assertEquals(row.getValues().size(), generated.getContextConditions().size());
        assertTrue(page.cellText(contextTable.getVariables().size() + UcaType.VALUES.size() + 1, 1)
                .contains(generated.getDisplayId()), "the row lists its UCA");
        assertEquals(0, page.generateUcas().generated(), "and makes none twice");

        undo();
        assertEquals(ucasBefore, editor.analysis().getUnsafeControlActions().size());
        undo();
        undo();
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()), "undo removes table and UCAs");
    }

    @Test
    void aContextTableRowsRationaleIsTypedInPlaceAndTheRowsSortAndFilterAsClickedAndTyped() throws Exception {
        ContextTablesPage page = showContextTablesOfSetPlanActive();
        page.createTable();
        ExampleProject.settle();
        Analysis withTable = EcoreUtil.copy(editor.analysis());
        ElementTable<ContextTableRow> rows = page.rowTable();
        int rationale = rows.columnCount() - 1;
        ContextTableRow row = rows.rows().get(1);
        List<ContextTableRow> documentOrder = List.copyOf(rows.rows());

        Robot.play("context-rationale", robot -> {
            clickCell(robot, rows, 1, rationale);
            robot.type("Harmless: the plan is applied again later");
            robot.key(SWT.CR);
            robot.waitUntil("the rationale is typed in place", () -> "Harmless: the plan is applied again later"
                    .equals(row.getRationale()));
        });
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(withTable, editor.analysis()), "undo restores the row");

        String variable = page.table().orElseThrow().getVariables().get(0).getName();
        Robot.play("context-sort-filter", robot -> {
            NatTable natTable = (NatTable) rows.tableControl();
            robot.uiRun(() -> natTable.doCommand(new ShowCellInViewportCommand(0, 0)));
            robot.idle();
            Point header = robot.ui(() -> Looks.middle(Looks.columnHeader(natTable, variable).orElseThrow()));
            robot.click(natTable, header.x, header.y);
            robot.click(natTable, header.x, header.y);
            robot.waitUntil("descending by the first variable", () -> {
                String first = rows.cellText(0, 0);
                return rows.rows().stream().allMatch(r -> rows.cellText(rows.rows().indexOf(r), 0)
                        .compareToIgnoreCase(first) <= 0) && !rows.rows().equals(documentOrder);
            });
            ContextTableRow sortedFirst = robot.ui(() -> rows.rows().get(0));
            int hazardous = robot.ui(() -> page.table().orElseThrow().getVariables().size());
            clickCell(robot, rows, 0, hazardous);
            robot.waitUntil("a click on a type cell marks the row shown there, sorted",
                    () -> sortedFirst.getHazardousTypes().contains(UcaType.VALUES.get(0)));
            Text filter = filterOf(robot, rows);
            robot.click(filter);
            robot.type("not good");
            robot.waitUntil("the filter narrows the rows to those with the text", () -> rows.rows().size()
                    == documentOrder.size() / 2);
        });
    }

    @Test
    void theUcaTableStaysFastWithThousandsOfUcasByApi() throws Exception {
        IWorkbenchPage workbenchPage = editor.getSite().getPage();
        workbenchPage.closeEditor(editor, false);
        int ucas = 4000;
        AnalysisStore.save(SyntheticAnalysis.generate(ucas, 7), example.project.getLocation().append("big.premortem")
                .toFile().toPath());
        example.project.refreshLocal(IResource.DEPTH_ONE, null);
        editor = (PremortemEditor) IDE.openEditor(workbenchPage, example.project.getFile("big.premortem"));
        editor.showUcaTable();
        ExampleProject.settle();
        UcaTablePage big = editor.ucaTablePage();

        long start = System.nanoTime();
        big.setFilter("no cell contains this");
        assertEquals(List.of(), big.rows());
        big.setFilter("");
        int listed = 0;
        for (ControlAction row : big.rows()) {
            for (UcaCategory category : UcaCategory.VALUES) {
                big.cellText(row, category);
                listed += big.ucas(row, category).size();
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ucas, listed, "every UCA is in exactly one cell");
        assertTrue(millis < 5_000, "filtering and reading every cell took " + millis + " ms");
    }

    // --- what the user does, step by step ---

    private void openCellMenu(Robot robot, ControlAction action, UcaCategory category) {
        new UcaTableUser(robot, table).openCellMenu(action, category);
    }

    private Rectangle ucaCell(Robot robot, ControlAction action, UcaCategory category) {
        return new UcaTableUser(robot, table).cell(action, category);
    }

    /** In the hazard chooser that is open, checks the first hazard (H-1) and presses OK. */
    private static void checkFirstHazard(Robot robot) {
        Shell hazards = robot.shell("Hazards");
        Table list = robot.find(hazards, Table.class, t -> true);
        Rectangle first = robot.ui(() -> list.getItem(0).getBounds());
        assertTrue(robot.ui(() -> list.getItem(0).getText()).startsWith("H-1:"), "H-1 comes first");
        robot.click(list, first.x + first.width / 2, first.y + first.height / 2);
        robot.key(' ');
        robot.waitUntil("H-1 is checked", () -> list.getItem(0).getChecked());
        robot.button(hazards, "OK");
    }

    private static void clickCell(Robot robot, ElementTable<?> table, int row, int column) {
        Point cell = cellInView(robot, table, row, column);
        robot.click(table.tableControl(), cell.x, cell.y);
    }

    private static void doubleClickCell(Robot robot, ElementTable<?> table, int row, int column) {
        Point cell = cellInView(robot, table, row, column);
        robot.doubleClick(table.tableControl(), cell.x, cell.y);
    }

    /**
     * The middle of a cell (row and column as the table shows them), scrolled into view first if it is not, as a
     * user scrolls to a cell before clicking it.
     */
    private static Point cellInView(Robot robot, ElementTable<?> table, int row, int column) {
        if (!robot.ui(() -> table.cellBounds(row, column)
                .map(cell -> UcaTableUser.inView(table.tableControl(), cell)).orElse(false))) {
            robot.uiRun(() -> ((NatTable) table.tableControl()).doCommand(new ShowCellInViewportCommand(column,
                    row)));
            robot.idle();
        }
        return Looks.middle(UcaTableUser.settled(robot, () -> table.cellBounds(row, column)
                .orElseThrow(() -> new AssertionError("cell " + row + ", " + column + " is not in view"))));
    }

    /** The filter field above an element table (the search field of the same section). */
    private static Text filterOf(Robot robot, ElementTable<?> table) {
        return robot.ui(() -> Robot.all(table.tableControl().getParent(), Text.class,
                t -> (t.getStyle() & SWT.SEARCH) != 0).get(0));
    }

    private static String message(Robot robot, Shell dialog) {
        return robot.ui(() -> Robot.all(dialog, Label.class, l -> l.getText().length() > 20).get(0).getText());
    }

    private static List<?> selected(ISelectionProvider provider) {
        return ((IStructuredSelection) provider.getSelection()).toList();
    }

    /**
     * Shows the Context tables page and chooses "Set plan i active" as a user does: types part of its name into the
     * chooser's filter field, sees the list narrow to it, and clicks its line.
     */
    private ContextTablesPage showContextTablesOfSetPlanActive() throws Exception {
        editor.showContextTables();
        ExampleProject.settle();
        ContextTablesPage page = editor.contextTablesPage();
        ControlAction action = page.controlActions().stream().filter(a -> "Set plan i active".equals(a.getName()))
                .findFirst().orElseThrow();
        Robot.play("choose-control-action", robot -> {
            Text filter = robot.ui(page::actionFilter);
            Table list = robot.ui(page::actionList);
            robot.click(filter);
            robot.type("set plan i act");
            robot.waitUntil("the list narrows to the action typed", () -> page.listedActions().equals(List.of(action))
                    && list.getItemCount() == 1);
            assertTrue(robot.ui(() -> list.getItem(0).getText()).endsWith("\u2192 Set plan i active"),
                    "the line names controller and action");
            Rectangle line = robot.ui(() -> list.getItem(0).getBounds());
            robot.click(list, line.x + line.width / 2, line.y + line.height / 2);
            robot.waitUntil("its line is chosen", () -> list.getSelectionIndex() == 0
                    && page.shownAction() == action);
        });
        ExampleProject.settle();
        return page;
    }

    private ControlAction action(String displayId) {
        return table.rows().stream().filter(a -> displayId.equals(a.getDisplayId())).findFirst().orElseThrow();
    }

    private void undo() throws InterruptedException {
        IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        assertNotNull(undo);
        assertTrue(undo.isEnabled(), "undo is enabled");
        undo.run();
        ExampleProject.settle();
    }

    private static <T> T last(List<T> elements) {
        return elements.get(elements.size() - 1);
    }
}
