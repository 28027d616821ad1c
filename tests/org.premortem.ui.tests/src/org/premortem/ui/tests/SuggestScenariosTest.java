/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premortem.core.query.UcaCategories;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.tables.UcaTablePage;
import org.premortem.ui.tests.robot.Robot;

/**
 * The scenario assistant as an analyst reaches it: the UCA table's cell menu, Suggest Scenarios for UCA-12…, one
 * candidate checked and accepted, which becomes a loss scenario of UCA-12; Ctrl+Z takes it back in one step.
 */
class SuggestScenariosTest {

    private ExampleProject example;
    private PremortemEditor editor;

    @BeforeEach
    void openTheUcaTable() throws Exception {
        example = new ExampleProject("assistant-test");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (PremortemEditor) IDE.openEditor(page, example.model);
        editor.showUcaTable();
        ExampleProject.settle();
    }

    @AfterEach
    void close() throws Exception {
        editor.getSite().getPage().closeEditor(editor, false);
        example.delete();
    }

    @Test
    void aCandidateCheckedInTheSuggestDialogBecomesALossScenarioOfItsUcaAndUndoTakesItBack() throws Exception {
        Analysis before = EcoreUtil.copy(editor.analysis());
        UnsafeControlAction uca12 = editor.analysis().getUnsafeControlActions().stream()
                .filter(u -> "UCA-12".equals(u.getDisplayId())).findFirst().orElseThrow();
        UcaTablePage table = editor.ucaTablePage();
        int scenarios = editor.analysis().getLossScenarios().size();

        Robot.play("suggest-scenarios", robot -> {
            robot.fillScreen(robot.ui(editor.getSite()::getShell));
            new UcaTableUser(robot, table).openCellMenu(uca12.getControlAction(),
                    UcaCategories.categoryOf(uca12.getType()));
            robot.menu(() -> table.tableControl().getMenu(), "Suggest Scenarios for UCA-12\u2026");
            Shell dialog = robot.shell("Suggest Loss Scenarios");
            Table candidates = robot.find(dialog, Table.class, t -> true);
            List<String> shown = robot.ui(() -> List.of(candidates.getItems()).stream().map(i -> i.getText(1))
                    .toList());
            assertTrue(shown.size() > 1, "several candidates: " + shown);
            assertTrue(shown.stream().anyMatch(text -> text.contains("Plan i is active")),
                    "a candidate names the belief UCA-12's context is about: " + shown);

            robot.button(dialog, "Check None");
            TableItem first = robot.ui(() -> candidates.getItem(0));
            Rectangle bounds = robot.ui(() -> first.getBounds(1));
            robot.click(candidates, bounds.x + 20, bounds.y + bounds.height / 2);
            robot.key(' ');
            robot.waitUntil("the first candidate checked", first::getChecked);
            robot.button(dialog, "Accept Checked");
            robot.shellClosed("Suggest Loss Scenarios");
            robot.waitUntil("a new loss scenario", () -> editor.analysis().getLossScenarios().size() == scenarios + 1);

            LossScenario added = robot.ui(() -> editor.analysis().getLossScenarios().get(scenarios));
            assertEquals(uca12, robot.ui(added::getUnsafeControlAction));
            assertEquals(shown.get(0), robot.ui(added::getText));

            robot.uiRun(() -> table.tableControl().setFocus());
            robot.key('z', SWT.MOD1);
            robot.waitUntil("undone", () -> editor.analysis().getLossScenarios().size() == scenarios);
            assertTrue(robot.ui(() -> ModelEditorTest.equalIgnoringCounters(before, editor.analysis())),
                    "one undo takes the whole acceptance back");
        });
    }
}
