/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.ui.tests.robot.Robot;

/**
 * The structured compare as a person uses it: two versions of an analysis selected in the Project Explorer, Compare
 * With > Each Other from the context menu, the change found by element, copied to the original's side from the
 * changes' context menu, saved with Ctrl+S; and an analysis saved in the editor compared with its local history.
 */
class CompareTest {

    private static final String NEW_TEXT = "Enactor does not add a plan when no good plan is active";

    private IProject project;
    private IFile original;
    private IFile edited;
    private IWorkbenchPage page;

    @BeforeEach
    void twoVersions() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("compare-test");
        project.create(null);
        project.open(null);
        byte[] bytes = Files.readAllBytes(ExampleProject.EXAMPLE);
        original = project.getFile("a-original.premortem");
        original.create(new ByteArrayInputStream(bytes), true, null);
        Analysis analysis = AnalysisStore.parse(Path.of("b-edited.premortem"), bytes);
        uca3(analysis).setText(NEW_TEXT);
        edited = project.getFile("b-edited.premortem");
        edited.create(new ByteArrayInputStream(AnalysisStore.serialize(analysis)), true, null);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ExampleProject.settle();
    }

    @AfterEach
    void removeThem() throws Exception {
        page.closeAllEditors(false);
        ExampleProject.settle();
        project.delete(true, true, null);
    }

    @Test
    void aChangeFoundByElementIsCopiedToTheOtherSideAndSaved() throws Exception {
        CommonNavigator explorer = (CommonNavigator) page.showView("org.eclipse.ui.navigator.ProjectExplorer");
        ExampleProject.settle();

        Robot.play("compare", robot -> {
            robot.fillScreen(robot.ui(() -> page.getWorkbenchWindow().getShell()));
            TreeUser files = new TreeUser(robot, robot.ui(() -> explorer.getCommonViewer().getTree()));
            files.click(files.item("compare-test", "a-original.premortem"));
            robot.key(SWT.ARROW_DOWN, SWT.SHIFT);
            robot.waitUntil("both files selected", () -> files.selection().size() == 2);
            TreeItem second = files.item("compare-test", "b-edited.premortem");
            org.eclipse.swt.graphics.Rectangle bounds = robot.ui(second::getBounds);
            robot.rightClick(files.tree(), bounds.x + 12, bounds.y + bounds.height / 2);
            robot.menu(() -> files.tree().getMenu(), "Compare With", "Each Other");

            Shell window = robot.ui(() -> page.getWorkbenchWindow().getShell());
            Tree changes = robot.find(window, Tree.class, CompareTest::isChangeTree);
            TreeUser tree = new TreeUser(robot, changes);
            assertEquals(List.of("Changed (1)"), tree.labels(null));
            TreeItem change = tree.item("Changed", "UCA-3");
            // which file is on which side, as the headers above the changes say
            boolean originalOnLeft = robot.ui(() -> header(window, "a-original.premortem").getBounds().x
                    < header(window, "b-edited.premortem").getBounds().x);
            String was = "\"Enactor does not add a plan to Route53 when there are no good plans in Route53\"";
            String is = "\"" + NEW_TEXT + "\"";
            assertEquals(List.of("text", originalOnLeft ? was : is, originalOnLeft ? is : was),
                    robot.ui(() -> List.of(change.getText(1), change.getText(2), change.getText(3))));

            robot.screenshot(Path.of("target", "screenshots", "compare.png")); // for the README
            tree.rightClick(change);
            robot.menu(changes::getMenu, originalOnLeft ? "Copy Change to Left" : "Copy Change to Right");
            Label summary = robot.find(window, Label.class, label -> label.getText().contains("no differences"));
            robot.waitUntil("the compare to show no change left", () -> changes.getItemCount() == 0);
            robot.key('s', SWT.MOD1);
            robot.waitUntil("the original saved with the edited text", () -> {
                try {
                    return NEW_TEXT.equals(uca3(AnalysisStore.parse(Path.of("a"),
                            original.getContents(true).readAllBytes())).getText());
                } catch (Exception e) {
                    return false;
                }
            });
            assertTrue(robot.ui(summary::getText).contains("a-original.premortem"), robot.ui(summary::getText));
        });
    }

    @Test
    void aSavedAnalysisIsComparedWithItsLocalHistory() throws Exception {
        PremortemEditor editor = (PremortemEditor) IDE.openEditor(page, original);
        CommonNavigator explorer = (CommonNavigator) page.showView("org.eclipse.ui.navigator.ProjectExplorer");
        page.activate(editor);
        ExampleProject.settle();

        Robot.play("local-history", robot -> {
            Shell window = robot.ui(() -> page.getWorkbenchWindow().getShell());
            robot.fillScreen(window);
            TreeUser model = new TreeUser(robot, robot.ui(editor::modelTree));
            model.click(model.item("AWS DynamoDB DNS outage", "Losses", "L-1"));
            robot.key(SWT.F2);
            model.renameField();
            robot.key('a', SWT.MOD1);
            robot.type("Loss of the services that depend on DynamoDB");
            robot.key('\r');
            robot.waitUntil("the rename field closes", () -> !model.renaming());
            robot.key('s', SWT.MOD1);
            robot.waitUntil("the editor saved", () -> !editor.isDirty());

            TreeUser files = new TreeUser(robot, robot.ui(() -> explorer.getCommonViewer().getTree()));
            files.rightClick(files.item("compare-test", "a-original.premortem"));
            robot.menu(() -> files.tree().getMenu(), "Compare With", "Local History...");
            Tree history = robot.find(window, Tree.class, tree -> tree.getColumnCount() > 0
                    && tree.getColumn(0).getText().startsWith("Revision Time"));
            TreeUser revisions = new TreeUser(robot, history);
            // the current version (in bold) and the one the save replaced, newest first
            robot.waitUntil("the saved-over version in the history", () -> history.getItemCount() > 1);
            TreeItem revision = robot.ui(() -> history.getItem(history.getItemCount() - 1));
            revisions.click(revision);
            org.eclipse.swt.graphics.Rectangle row = robot.ui(revision::getBounds);
            robot.doubleClick(history, row.x + 12, row.y + row.height / 2);

            Tree changes = robot.find(window, Tree.class, CompareTest::isChangeTree);
            TreeUser tree = new TreeUser(robot, changes);
            robot.waitUntil("one change shown", () -> changes.getItemCount() == 1);
            assertEquals(List.of("Changed (1)"), tree.labels(null));
            TreeItem change = tree.item("Changed", "L-1");
            List<String> values = robot.ui(() -> List.of(change.getText(2), change.getText(3)));
            assertTrue(values.contains("\"Loss of the services that depend on DynamoDB\""), values.toString());
        });
    }

    /** The label above one side of the compare that names {@code file}. */
    private static CLabel header(Shell window, String file) {
        return Robot.all(window, CLabel.class, label -> label.getText() != null && label.getText().endsWith(file))
                .get(0);
    }

    private static boolean isChangeTree(Tree tree) {
        return tree.getColumnCount() == 4 && "Feature".equals(tree.getColumn(1).getText());
    }

    private static UnsafeControlAction uca3(Analysis analysis) {
        return analysis.getUnsafeControlActions().stream().filter(uca -> "UCA-3".equals(uca.getDisplayId()))
                .findFirst().orElseThrow();
    }
}
