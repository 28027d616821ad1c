/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premortem.core.query.IdOrder;
import org.premortem.core.query.UcaCategories;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.tables.UcaTablePage;

/**
 * The UCA table updates only the cells an edit touched (a full re-read of a 10k-UCA analysis per edit was too slow):
 * after adds, undos, redos, moves between cells, hazard and text edits, not-applicable marks, deletions, a change of
 * the rows and edits under a filter, every cell lists exactly the UCAs and entries the model gives it, in id order,
 * as a table built afresh would. Drives the page's operations and Edit > Undo / Redo, then compares every cell.
 */
class UcaTableUpdatesTest {

    private static final StpaPackage STPA = StpaPackage.eINSTANCE;

    private ExampleProject example;
    private PremortemEditor editor;
    private UcaTablePage table;

    @BeforeEach
    void openTheUcaTable() throws Exception {
        example = new ExampleProject("uca-table-updates");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (PremortemEditor) IDE.openEditor(page, example.model);
        editor.showUcaTable();
        table = editor.ucaTablePage();
        ExampleProject.settle();
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
    void everyCellListsWhatTheModelGivesItAfterEditsUndoAndRedo() throws Exception {
        Analysis analysis = editor.analysis();
        ControlAction action = table.rows().get(table.rows().size() / 2);
        Hazard hazard = analysis.getHazards().get(0);
        assertCellsAsTheModelSays("at open");

        table.addUca(action, UcaType.NOT_PROVIDED, "Added in the middle cell", List.of(hazard));
        ExampleProject.settle();
        UnsafeControlAction added = last(analysis.getUnsafeControlActions());
        assertTrue(table.ucas(action, UcaCategory.NOT_PROVIDED).contains(added), "the new UCA is in its cell");
        assertTrue(table.cellText(action, UcaCategory.NOT_PROVIDED).contains(added.getDisplayId() + ": Added"));
        assertCellsAsTheModelSays("after add");
        undo();
        assertTrue(!table.ucas(action, UcaCategory.NOT_PROVIDED).contains(added), "undo takes it out of its cell");
        assertCellsAsTheModelSays("after undo");
        redo();
        assertTrue(table.ucas(action, UcaCategory.NOT_PROVIDED).contains(added), "redo puts it back");
        assertCellsAsTheModelSays("after redo");

        execute(SetCommand.create(editor.getEditingDomain(), added, STPA.getUnsafeControlAction_Type(),
                UcaType.TOO_LATE));
        assertTrue(table.ucas(action, UcaCategory.TIMING).contains(added), "a new type moves it to its cell");
        assertCellsAsTheModelSays("after a change of type");
        ControlAction other = table.rows().get(0);
        execute(SetCommand.create(editor.getEditingDomain(), added, STPA.getUnsafeControlAction_ControlAction(),
                other));
        assertCellsAsTheModelSays("after a change of control action");
        undo();
        undo();
        assertTrue(table.ucas(action, UcaCategory.NOT_PROVIDED).contains(added), "undo moves it back");
        assertCellsAsTheModelSays("after undoing the moves");

        Hazard second = analysis.getHazards().get(1);
        table.setHazards(added, List.of(second));
        assertTrue(table.cellText(action, UcaCategory.NOT_PROVIDED).contains(second.getDisplayId()),
                "the cell shows the new hazard");
        execute(SetCommand.create(editor.getEditingDomain(), second, STPA.getIdentifiedElement_DisplayId(), "H-99"));
        assertTrue(table.cellText(action, UcaCategory.NOT_PROVIDED).contains("H-99"), "and its new id");
        table.editText(added, "Edited text");
        assertTrue(table.cellText(action, UcaCategory.NOT_PROVIDED).contains("Edited text"));
        execute(SetCommand.create(editor.getEditingDomain(), added, STPA.getIdentifiedElement_DisplayId(), "UCA-0"));
        assertEquals(added, table.ucas(action, UcaCategory.NOT_PROVIDED).get(0), "a new display id re-sorts its cell");
        assertCellsAsTheModelSays("after edits of hazards, text and ids");

        table.markNotApplicable(action, UcaCategory.DURATION, "Not for this action");
        assertCellsAsTheModelSays("after a not-applicable mark");
        table.markNotApplicable(action, UcaCategory.DURATION, "Replaced rationale");
        assertTrue(table.cellText(action, UcaCategory.DURATION).contains("Replaced rationale"));
        assertCellsAsTheModelSays("after a replaced not-applicable mark");
        undo();
        assertCellsAsTheModelSays("after undoing the replacement");

        UnsafeControlAction first = analysis.getUnsafeControlActions().get(0);
        table.delete(List.of(first));
        assertCellsAsTheModelSays("after a delete");
        undo();
        assertCellsAsTheModelSays("after undoing the delete");

        execute(SetCommand.create(editor.getEditingDomain(), action, STPA.getConnection_Name(), "Renamed action"));
        assertCellsAsTheModelSays("after a rename of a row's action");

        table.setFilter("Edited text");
        assertEquals(List.of(action), table.rows(), "the filter finds the edited UCA's row");
        table.editText(added, "Edited again");
        assertEquals(List.of(), table.rows(), "an edit under a filter updates which rows match");
        undo();
        assertEquals(List.of(action), table.rows());
        table.setFilter("");
        assertCellsAsTheModelSays("after edits under a filter");
    }

    /** Every cell of every row lists the UCAs and entries the model gives it, in id order. */
    private void assertCellsAsTheModelSays(String when) {
        Analysis analysis = editor.analysis();
        for (ControlAction action : table.rows()) {
            for (UcaCategory category : UcaCategory.VALUES) {
                List<UnsafeControlAction> expected = new ArrayList<>(analysis.getUnsafeControlActions().stream()
                        .filter(uca -> uca.getControlAction() == action && uca.getType() != null
                                && UcaCategories.categoryOf(uca.getType()) == category)
                        .toList());
                expected.sort(IdOrder.byDisplayId());
                assertEquals(expected, table.ucas(action, category), when + ": " + action.getDisplayId() + ", "
                        + category);
                String text = table.cellText(action, category);
                for (UnsafeControlAction uca : expected) {
                    assertTrue(text.contains(uca.getDisplayId() + ": " + uca.getText()), when + ": " + text);
                }
                for (NotApplicableEntry entry : analysis.getNotApplicable()) {
                    if (entry.getControlAction() == action && entry.getCategory() == category) {
                        assertTrue(text.contains(entry.getRationale()), when + ": " + text);
                    }
                }
            }
        }
    }

    private void execute(Command command) throws InterruptedException {
        editor.getEditingDomain().getCommandStack().execute(command);
        ExampleProject.settle();
    }

    private void undo() throws InterruptedException {
        run(ActionFactory.UNDO);
    }

    private void redo() throws InterruptedException {
        run(ActionFactory.REDO);
    }

    private void run(ActionFactory factory) throws InterruptedException {
        IAction action = editor.getEditorSite().getActionBars().getGlobalActionHandler(factory.getId());
        assertNotNull(action);
        assertTrue(action.isEnabled(), factory.getId() + " is enabled");
        action.run();
        ExampleProject.settle();
    }

    private static <T> T last(List<T> elements) {
        return elements.get(elements.size() - 1);
    }
}
