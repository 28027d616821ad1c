/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
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
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.tables.ContextTablesPage;
import org.premortem.tables.ElementTable;
import org.premortem.tables.MatrixTable;
import org.premortem.tables.ScenariosPage;
import org.premortem.tables.TableDialogs;
import org.premortem.tables.UcaTablePage;
import org.premortem.tables.UcaWording;

/**
 * The table pages as a user drives them (through the same operations their menus and clicks call): adding a UCA
 * in a cell, marking a cell not applicable, editing and deleting, and linking through the matrices each change the
 * model as expected, show at once in the tables, and are undone exactly by Edit > Undo.
 */
class TablesEditorTest {

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
        String cell = table.cellText(first.getControlAction(),
                UcaCategories.categoryOf(first.getType()));
        assertTrue(cell.contains(first.getDisplayId() + ": " + first.getText()), cell);
    }

    @Test
    void addingAUcaInACellUsesTheStandardWordingAndIsUndoneExactly() throws Exception {
        ControlAction addPlan = action("CA-2");
        String wording = UcaWording.standard(addPlan, UcaType.TOO_LATE);
        assertEquals(addPlan.getSource().getName() + " provides Add plan too late, when \u2026", wording);
        Hazard h1 = editor.analysis().getHazards().get(0);

        table.addUca(addPlan, UcaType.TOO_LATE, wording + " the plan is already stale", List.of(h1));
        ExampleProject.settle();

        UnsafeControlAction added = last(editor.analysis().getUnsafeControlActions());
        assertEquals(addPlan, added.getControlAction());
        assertEquals(addPlan.getSource(), added.getSource());
        assertEquals(UcaType.TOO_LATE, added.getType());
        assertEquals(List.of(h1), added.getHazards());
        assertEquals("the plan is already stale", added.getContext(), "the context is what follows the wording");
        assertNotNull(added.getId());
        assertTrue(added.getDisplayId().startsWith("UCA-"));
        assertTrue(table.cellText(addPlan, UcaCategory.TIMING).contains(added.getDisplayId() + ": " + wording),
                "the cell lists the new UCA");
        assertTrue(table.cellText(addPlan, UcaCategory.TIMING).contains("[" + h1.getDisplayId() + "]"));

        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()), "undo restores the model");
        assertFalse(table.cellText(addPlan, UcaCategory.TIMING).contains(added.getDisplayId()));
    }

    @Test
    void markingACellNotApplicableIsUndoneExactly() throws Exception {
        ControlAction deletePlan = action("CA-4");
        table.markNotApplicable(deletePlan, UcaCategory.PARAMETER, "Deleting a plan has no parameter");
        ExampleProject.settle();

        NotApplicableEntry entry = last(editor.analysis().getNotApplicable());
        assertEquals(deletePlan, entry.getControlAction());
        assertEquals(UcaCategory.PARAMETER, entry.getCategory());
        assertTrue(table.cellText(deletePlan, UcaCategory.PARAMETER)
                .contains("n/a \u2014 Deleting a plan has no parameter"));

        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));
    }

    @Test
    void editingAndDeletingInPlaceAreUndoneExactly() throws Exception {
        UnsafeControlAction uca = editor.analysis().getUnsafeControlActions().get(0);
        table.editText(uca, "Edited in the table");
        assertEquals("Edited in the table", uca.getText());
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));

        table.delete(List.of(uca));
        assertFalse(editor.analysis().getUnsafeControlActions().contains(uca));
        assertTrue(editor.analysis().getRequirements().stream().noneMatch(r -> r.getUnsafeControlActions().contains(uca)),
                "references to the deleted UCA are removed too");
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));
    }

    @Test
    void selectingACellSelectsItsUcasForPropertiesAndOutline() throws Exception {
        UnsafeControlAction uca = editor.analysis().getUnsafeControlActions().get(0);
        UcaCategory category = UcaCategories.categoryOf(uca.getType());
        table.selectCell(uca.getControlAction(), category);
        ExampleProject.settle();

        IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertEquals(table.ucas(uca.getControlAction(), category), selection.toList());
    }

    @Test
    void theHazardLossMatrixLinksAndUnlinksAndUndoRestores() throws Exception {
        editor.showTraceability();
        ExampleProject.settle();
        MatrixTable matrix = editor.traceabilityPage().hazardLoss();
        int row = matrix.rows().indexOf(editor.analysis().getHazards().get(0));
        int column = matrix.columns().size() - 1;
        Hazard hazard = (Hazard) matrix.rows().get(row);
        Loss loss = (Loss) matrix.columns().get(column);
        boolean linked = hazard.getLosses().contains(loss);
        assertEquals(linked, matrix.linked(row, column));

        matrix.toggle(row, column);
        assertEquals(!linked, hazard.getLosses().contains(loss));
        assertEquals(!linked, matrix.linked(row, column));
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));
    }

    @Test
    void theUcaHazardMatrixLinksAndUnlinksAndUndoRestores() throws Exception {
        editor.showTraceability();
        ExampleProject.settle();
        MatrixTable matrix = editor.traceabilityPage().ucaHazard();
        assertEquals(editor.analysis().getUnsafeControlActions(), matrix.rows());
        UnsafeControlAction uca = (UnsafeControlAction) matrix.rows().get(0);
        Hazard linked = uca.getHazards().get(0);
        int column = matrix.columns().indexOf(linked);
        assertTrue(matrix.linked(0, column));

        matrix.toggle(0, column);
        assertFalse(uca.getHazards().contains(linked), "a click on a checked cell unlinks");
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));
        assertTrue(matrix.linked(0, column));
    }

    @Test
    void scenariosAndRequirementsAreAddedEditedInPlaceAndDeletedUndoably() throws Exception {
        editor.showScenarios();
        ExampleProject.settle();
        ScenariosPage page = editor.scenariosPage();
        ElementTable<LossScenario> scenarios = page.scenarios();
        assertEquals(editor.analysis().getLossScenarios(), scenarios.rows());

        page.addScenario();
        ExampleProject.settle();
        LossScenario added = last(editor.analysis().getLossScenarios());
        assertTrue(added.getDisplayId().startsWith("LS-"));
        int row = scenarios.rows().indexOf(added);
        int textColumn = 4;
        scenarios.setText(row, textColumn, "The Enactor applies a stale plan");
        assertEquals("The Enactor applies a stale plan", added.getText());
        assertEquals("The Enactor applies a stale plan", scenarios.cellText(row, textColumn));
        undo();
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));

        Requirement requirement = editor.analysis().getRequirements().get(0);
        page.delete(List.of(requirement));
        assertFalse(editor.analysis().getRequirements().contains(requirement));
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));
    }

    @Test
    void elementTablesSortByAColumnAndFilterByText() throws Exception {
        editor.showScenarios();
        ExampleProject.settle();
        ElementTable<LossScenario> scenarios = editor.scenariosPage().scenarios();
        int count = scenarios.rows().size();
        scenarios.sortBy(0);
        scenarios.sortBy(0);
        assertEquals(last(editor.analysis().getLossScenarios()), scenarios.rows().get(0), "descending by id");
        LossScenario newest = scenarios.rows().get(0);
        scenarios.setFilter(newest.getText().toUpperCase());
        assertTrue(scenarios.rows().contains(newest), "the filter ignores case");
        assertTrue(scenarios.rows().size() < count, "and hides rows without the text");
        scenarios.setFilter("");
        assertEquals(count, scenarios.rows().size());
    }

    @Test
    void enterInTheTextDialogConfirmsWhatWasTypedAndShiftEnterDoesNot() {
        Display display = Display.getCurrent();
        List<Throwable> failures = new ArrayList<>();
        display.asyncExec(() -> {
            try {
                Text text = dialogText(display, "Add UCA");
                text.setText("Planner provides New plan when a newer plan is being applied  ");
                text.notifyListeners(SWT.Traverse, returnKey(SWT.SHIFT));
                assertFalse(text.isDisposed(), "Shift+Enter leaves the dialog open");
                text.notifyListeners(SWT.Traverse, returnKey(SWT.NONE));
            } catch (RuntimeException | AssertionError e) {
                failures.add(e);
                Arrays.stream(display.getShells()).filter(s -> "Add UCA".equals(s.getText())).forEach(Shell::close);
            }
        });
        Optional<String> typed = TableDialogs.text(display.getActiveShell(), "Add UCA", "Describe the context",
                "Planner provides New plan when \u2026");
        assertEquals(List.of(), failures);
        assertEquals(Optional.of("Planner provides New plan when a newer plan is being applied"), typed,
                "Enter confirms the text as typed, stripped");
    }

    private static Text dialogText(Display display, String title) {
        Shell dialog = Arrays.stream(display.getShells()).filter(s -> title.equals(s.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no dialog titled " + title));
        return findText(dialog).orElseThrow(() -> new AssertionError("no text field in " + title));
    }

    private static Optional<Text> findText(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text) {
                return Optional.of(text);
            }
            if (child instanceof Composite composite) {
                Optional<Text> found = findText(composite);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Event returnKey(int stateMask) {
        Event event = new Event();
        event.detail = SWT.TRAVERSE_RETURN;
        event.keyCode = SWT.CR;
        event.character = '\r';
        event.stateMask = stateMask;
        event.doit = true;
        return event;
    }

    @Test
    void aContextTableHasEveryCombinationAndGeneratesLinkedUcasUndoably() throws Exception {
        NewContextTable shown = newContextTable();
        ContextTablesPage page = shown.page();
        ControlAction action = shown.action();

        ContextTable table = page.table().orElseThrow();
        int combinations = action.getSource().getProcessModel().stream().mapToInt(v -> v.getValues().size())
                .reduce(1, (a, b) -> a * b);
        assertEquals(combinations, table.getRows().size(), "one row per combination of variable values");
        assertEquals(action.getSource().getProcessModel(), table.getVariables());
        assertTrue(table.getRows().stream().allMatch(r -> r.getId() != null), "rows get ids");

        ContextTableRow row = table.getRows().get(1);
        Hazard h1 = editor.analysis().getHazards().get(0);
        page.toggleHazardous(row, UcaType.PROVIDED);
        page.setHazards(row, List.of(h1));
        int ucasBefore = editor.analysis().getUnsafeControlActions().size();
        page.generateUcas();
        ExampleProject.settle();

        assertEquals(ucasBefore + 1, editor.analysis().getUnsafeControlActions().size());
        UnsafeControlAction generated = last(editor.analysis().getUnsafeControlActions());
        assertEquals(row, generated.getContextTableRow(), "the UCA is linked back to its row");
        assertEquals(UcaType.PROVIDED, generated.getType());
        assertEquals(List.of(h1), generated.getHazards());
        assertEquals(row.getValues().size(), generated.getContextConditions().size());
        assertTrue(generated.getText().startsWith(action.getSource().getName() + " provides "), generated.getText());
        assertTrue(page.cellText(table.getVariables().size() + UcaType.VALUES.size() + 1, 1)
                .contains(generated.getDisplayId()), "the row lists its UCA");

        undo();
        assertEquals(ucasBefore, editor.analysis().getUnsafeControlActions().size());
        undo();
        undo();
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()), "undo removes table and UCAs");
    }

    @Test
    void aUcaTextIsEditedInPlaceWithEnterAndUndoneExactly() throws Exception {
        UnsafeControlAction uca = editor.analysis().getUnsafeControlActions().get(0);
        UcaCategory category = UcaCategories.categoryOf(uca.getType());
        assertEquals(List.of(uca), table.ucas(uca.getControlAction(), category), "alone in its cell");
        String original = uca.getText();
        Rectangle cell = table.cellBounds(uca.getControlAction(), category).orElseThrow();
        assertTrue(cell.x > 0 && cell.y > 0, "the cell lies right of the row headers, below the column headers");
        Event doubleClick = new Event();
        doubleClick.button = 1;
        doubleClick.x = cell.x + cell.width / 2;
        doubleClick.y = cell.y + cell.height / 2;
        table.tableControl().notifyListeners(SWT.MouseDoubleClick, doubleClick);
        Text field = Arrays.stream(((Composite) table.tableControl()).getChildren()).filter(Text.class::isInstance)
                .map(Text.class::cast).findFirst().orElseThrow(() -> new AssertionError("a double-click opens a field"));
        assertEquals(original, field.getText(), "the field starts with the UCA's text");
        assertEquals(cell.x, field.getBounds().x, "the field lies over the cell");
        assertEquals(cell.y, field.getBounds().y);
        assertEquals(cell.width, field.getBounds().width);

        field.setText("Edited in the cell");
        press(field, SWT.CR);
        ExampleProject.settle();
        assertTrue(field.isDisposed(), "Enter closes the field");
        assertEquals("Edited in the cell", uca.getText());
        assertTrue(table.cellText(uca.getControlAction(), category)
                .contains(uca.getDisplayId() + ": Edited in the cell"), "the cell shows the new text");

        undo();
        assertEquals(original, uca.getText());
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()), "one command, undone exactly");
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "and it was the only one");
    }

    @Test
    void escapeCancelsAnInPlaceEditAndAnUnchangedTextMakesNoCommand() throws Exception {
        UnsafeControlAction uca = editor.analysis().getUnsafeControlActions().get(0);
        Text field = table.editInPlace(uca).orElseThrow();
        field.setText("Never committed");
        Event escape = new Event();
        escape.detail = SWT.TRAVERSE_ESCAPE;
        field.notifyListeners(SWT.Traverse, escape);
        ExampleProject.settle();
        assertTrue(field.isDisposed());

        Text again = table.editInPlace(uca).orElseThrow();
        press(again, SWT.CR);
        ExampleProject.settle();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "no command for no change");
    }

    @Test
    void theUcaTableStaysFastWithThousandsOfUcas() throws Exception {
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

    @Test
    void theMatricesSortByAColumnHeaderAndFilterAndAClickHitsTheSortedRow() throws Exception {
        editor.showTraceability();
        ExampleProject.settle();
        MatrixTable matrix = editor.traceabilityPage().hazardLoss();
        List<? extends IdentifiedElement> documentOrder = List.copyOf(matrix.rows());
        matrix.table().sortBy(0);
        matrix.table().sortBy(0);
        assertEquals(documentOrder.get(documentOrder.size() - 1), matrix.rows().get(0), "descending by id");
        assertEquals(matrix.rows().get(0).getLabel(), matrix.table().cellText(0, 0), "the first column: labels");

        Hazard first = (Hazard) matrix.rows().get(0);
        Loss loss = (Loss) matrix.columns().get(0);
        boolean linked = first.getLosses().contains(loss);
        matrix.toggle(0, 0);
        assertEquals(!linked, first.getLosses().contains(loss), "the click toggles the row shown, sorted");
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));

        String needle = first.getDisplayId() + ":";
        matrix.table().setFilter(needle.toLowerCase());
        assertEquals(List.of(first), matrix.rows(), "the filter keeps the rows whose label has the text");
        matrix.table().setFilter("");
        assertEquals(documentOrder.size(), matrix.rows().size());

        MatrixTable ucaHazard = editor.traceabilityPage().ucaHazard();
        ucaHazard.table().setFilter("UCA-1:");
        assertTrue(ucaHazard.rows().stream().allMatch(r -> r.getLabel().contains("UCA-1:")));
        assertFalse(ucaHazard.rows().isEmpty());
    }

    @Test
    void aScenariosUcaClassAndCausalFactorsAreEditedInTheTableEachUndoneExactly() throws Exception {
        editor.showScenarios();
        ExampleProject.settle();
        ScenariosPage page = editor.scenariosPage();
        ElementTable<LossScenario> scenarios = page.scenarios();
        LossScenario scenario = scenarios.rows().get(0);
        UnsafeControlAction other = editor.analysis().getUnsafeControlActions().stream()
                .filter(uca -> uca != scenario.getUnsafeControlAction()).findFirst().orElseThrow();

        page.setUca(scenario, other);
        ExampleProject.settle();
        assertEquals(other, scenario.getUnsafeControlAction());
        assertEquals(other.getDisplayId(), scenarios.cellText(scenarios.rows().indexOf(scenario), 1));
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));

        ScenarioClass otherClass = scenario.getScenarioClass() == ScenarioClass.CONTROL_PATH
                ? ScenarioClass.CONTROLLED_PROCESS : ScenarioClass.CONTROL_PATH;
        page.setScenarioClass(scenario, otherClass);
        ExampleProject.settle();
        assertEquals(otherClass, scenario.getScenarioClass());
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()));

        int row = scenarios.rows().indexOf(scenario);
        int factorsColumn = 3;
        scenarios.setText(row, factorsColumn,
                "Flawed process model: the Enactor takes plan 1 for current\n\nfeedback delayed\nthe cache is cold");
        ExampleProject.settle();
        assertEquals(List.of(CausalFactorKind.FLAWED_PROCESS_MODEL, CausalFactorKind.FEEDBACK_DELAYED,
                CausalFactorKind.OTHER), scenario.getCausalFactors().stream().map(CausalFactor::getKind).toList());
        assertEquals(List.of("the Enactor takes plan 1 for current", "", "the cache is cold"), scenario
                .getCausalFactors().stream().map(f -> f.getText() == null ? "" : f.getText()).toList());
        assertEquals("flawed process model: the Enactor takes plan 1 for current\nfeedback delayed\n"
                + "other: the cache is cold", scenarios.cellText(scenarios.rows().indexOf(scenario), factorsColumn));
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(before, editor.analysis()), "one command, undone exactly");
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo());

        String shown = scenarios.cellText(row, factorsColumn);
        scenarios.setText(row, factorsColumn, shown.replace(": ", ":"));
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "the same factors make no command");
    }

    @Test
    void aContextTableRowsRationaleIsEditedInPlaceAndTheRowsSortAndFilter() throws Exception {
        ContextTablesPage page = newContextTable().page();
        Analysis withTable = EcoreUtil.copy(editor.analysis());
        ElementTable<ContextTableRow> rows = page.rowTable();
        int rationaleColumn = rows.columnCount() - 1;
        ContextTableRow row = rows.rows().get(1);

        rows.setText(1, rationaleColumn, "Harmless: the plan is applied again later");
        ExampleProject.settle();
        assertEquals("Harmless: the plan is applied again later", row.getRationale());
        assertEquals(row.getRationale(), rows.cellText(rows.rows().indexOf(row), rationaleColumn));
        undo();
        assertTrue(ModelEditorTest.equalIgnoringCounters(withTable, editor.analysis()), "undo restores the row");

        List<ContextTableRow> documentOrder = List.copyOf(rows.rows());
        rows.sortBy(0);
        rows.sortBy(0);
        String firstValue = rows.cellText(0, 0);
        assertTrue(rows.rows().stream().map(r -> rows.cellText(rows.rows().indexOf(r), 0))
                .allMatch(value -> value.compareToIgnoreCase(firstValue) <= 0), "descending by the first variable");
        rows.setFilter(firstValue);
        assertTrue(rows.rows().size() < documentOrder.size(), "the filter narrows the rows");
        rows.setFilter("");
        assertEquals(documentOrder.size(), rows.rows().size());

        int hazardous = page.table().orElseThrow().getVariables().size();
        ContextTableRow sortedFirst = rows.rows().get(0);
        rows.click(0, hazardous);
        assertTrue(sortedFirst.getHazardousTypes().contains(UcaType.VALUES.get(0)),
                "a click on a type cell marks the row shown there, sorted");
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

    private static void press(Text field, int character) {
        Event key = new Event();
        key.character = (char) character;
        key.keyCode = character;
        field.notifyListeners(SWT.KeyDown, key);
    }

    private static <T extends IdentifiedElement> T last(List<T> elements) {
        return elements.get(elements.size() - 1);
    }

    /** The context tables page and the action it shows, with a new table. */
    private record NewContextTable(ContextTablesPage page, ControlAction action) {
    }

    /** Shows a new context table for the first action whose controller has two variables or more. */
    private NewContextTable newContextTable() throws Exception {
        editor.showContextTables();
        ExampleProject.settle();
        ContextTablesPage page = editor.contextTablesPage();
        ControlAction action = page.controlActions().stream()
                .filter(a -> a.getSource().getProcessModel().size() >= 2).findFirst().orElseThrow();
        page.showAction(action);
        page.createTable();
        ExampleProject.settle();
        return new NewContextTable(page, action);
    }
}
