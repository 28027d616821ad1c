/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premortem.core.merge.AnalysisMerge;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.ui.tests.robot.Robot;

/**
 * A merge conflict recorded in a file, resolved as a person does: its error in the Problems view, right click,
 * Quick Fix, "Take theirs", Finish; the file then holds theirs' value and no conflict.
 */
class MergeConflictQuickFixTest {

    private IProject project;
    private IFile file;
    private IWorkbenchPage page;

    @BeforeEach
    void aFileWithAConflict() throws Exception {
        Analysis base = AnalysisStore.load(ExampleProject.EXAMPLE);
        Analysis ours = AnalysisStore.load(ExampleProject.EXAMPLE);
        Analysis theirs = AnalysisStore.load(ExampleProject.EXAMPLE);
        uca3(ours).setText("ours: the Enactor adds no plan");
        uca3(theirs).setText("theirs: the Enactor adds no plan while the active one is bad");
        Analysis merged = AnalysisMerge.merge(base, ours, theirs).analysis();
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("conflict-test");
        project.create(null);
        project.open(null);
        file = project.getFile("merged.premortem");
        file.create(new ByteArrayInputStream(AnalysisStore.serialize(merged)), true, null);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        ExampleProject.settle();
    }

    @AfterEach
    void removeIt() throws Exception {
        ExampleProject.settle();
        project.delete(true, true, null);
    }

    @Test
    void takeTheirsFromTheProblemsViewsQuickFix() throws Exception {
        Robot.play("merge-conflict-quick-fix", robot -> {
            Shell window = robot.ui(() -> page.getWorkbenchWindow().getShell());
            robot.fillScreen(window);
            Tree problems = robot.find(window, Tree.class,
                    tree -> tree.getColumnCount() > 0 && "Description".equals(tree.getColumn(0).getText()));
            TreeUser markers = new TreeUser(robot, problems);
            TreeItem errors = markers.item("Errors");
            markers.expand(errors);
            AtomicReference<TreeItem> conflict = new AtomicReference<>();
            robot.waitUntil("the merge conflict's error", () -> {
                conflict.set(Arrays.stream(errors.getItems()).filter(item -> item.getText().contains("merge conflict"))
                        .findFirst().orElse(null));
                return conflict.get() != null;
            });
            markers.rightClick(conflict.get());
            robot.menu(problems::getMenu, "Quick Fix");

            Shell dialog = robot.shell("Quick Fix");
            Table fixes = robot.find(dialog, Table.class, table -> Arrays.stream(table.getItems())
                    .anyMatch(item -> item.getText().startsWith("Take theirs")));
            TableItem takeTheirs = robot.ui(() -> Arrays.stream(fixes.getItems())
                    .filter(item -> item.getText().startsWith("Take theirs")).findFirst().orElseThrow());
            Rectangle row = robot.ui(takeTheirs::getBounds);
            robot.click(fixes, row.x + 20, row.y + row.height / 2);
            robot.waitUntil("'Take theirs' chosen", () -> fixes.getSelectionCount() == 1
                    && fixes.getSelection()[0] == takeTheirs);
            robot.button(dialog, "Finish");
            robot.shellClosed("Quick Fix");
        });

        ExampleProject.settle();
        Analysis resolved = AnalysisStore.parse(Path.of("merged.premortem"), file.getContents(true).readAllBytes());
        assertEquals("theirs: the Enactor adds no plan while the active one is bad", uca3(resolved).getText());
        assertEquals(0, resolved.getConflicts().size());
    }

    private static UnsafeControlAction uca3(Analysis analysis) {
        return analysis.getUnsafeControlActions().stream().filter(uca -> "UCA-3".equals(uca.getDisplayId()))
                .findFirst().orElseThrow();
    }
}
