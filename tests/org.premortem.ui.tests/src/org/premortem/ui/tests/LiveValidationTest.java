/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.Loss;
import org.premortem.ui.tests.robot.Robot;

/**
 * Findings follow the edits before any save: a new loss left without text shows "has no text" in the Problems view
 * as soon as it is made, and the warning goes once the loss is named with F2 — the editor still unsaved.
 */
class LiveValidationTest {

    private IProject project;
    private IWorkbenchPage page;
    private PremortemEditor editor;

    @BeforeEach
    void aSmallAnalysisOpen() throws Exception {
        AnalysisBuilder builder = AnalysisBuilder.create("Live validation", IdSource.random());
        Loss loss = builder.loss("Loss of life");
        Hazard hazard = builder.hazard("Two trains on one track", loss);
        builder.systemConstraint("Trains must never share a track section", hazard);
        Analysis analysis = builder.build();
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("live-validation");
        project.create(null);
        project.open(null);
        IFile file = project.getFile("small.premortem");
        file.create(new ByteArrayInputStream(AnalysisStore.serialize(analysis)), true, null);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        editor = (PremortemEditor) IDE.openEditor(page, file);
        ExampleProject.settle();
    }

    @AfterEach
    void closeAndRemove() throws Exception {
        page.closeAllEditors(false);
        ExampleProject.settle();
        project.delete(true, true, null);
    }

    @Test
    void aFindingAppearsAfterAnEditAndGoesAfterTheFixWithoutASave() throws Exception {
        Robot.play("live-validation", robot -> {
            Shell window = robot.ui(() -> page.getWorkbenchWindow().getShell());
            robot.fillScreen(window);
            Tree problems = robot.find(window, Tree.class,
                    tree -> tree.getColumnCount() > 0 && "Description".equals(tree.getColumn(0).getText()));
            TreeUser tree = new TreeUser(robot, robot.ui(editor::modelTree));
            tree.rightClick(tree.item("Live validation", "Losses"));
            robot.menu(() -> tree.tree().getMenu(), "New loss");
            tree.renameField();
            robot.key(SWT.ESC);
            robot.waitUntil("the rename field closes", () -> !tree.renaming());

            waitForRows(robot, problems, "'L-2: … has no text' in the Problems view",
                    rows -> rows.stream().anyMatch(row -> row.startsWith("L-2:") && row.contains("has no text")));
            assertTrue(robot.ui(editor::isDirty), "not saved");

            tree.click(tree.item("Live validation", "Losses", "L-2"));
            robot.key(SWT.F2);
            tree.renameField();
            robot.type("Loss of customer trust");
            robot.key('\r');
            robot.waitUntil("the rename field closes", () -> !tree.renaming());

            List<String> rows = waitForRows(robot, problems, "the warning to go",
                    shown -> shown.stream().noneMatch(row -> row.startsWith("L-2:") && row.contains("has no text")));
            assertTrue(rows.stream().anyMatch(row -> row.startsWith("L-2:") && row.contains("not linked to any hazard")),
                    "L-2 is still linked to no hazard, and that warning stays: " + rows);
            assertTrue(robot.ui(editor::isDirty), "still not saved");
        });
    }

    /**
     * The rows of the Problems view once {@code wanted} holds for them: its groups (Errors, Warnings) opened with the
     * keypad's + as they appear, the rows read as shown, until the view has caught up with the markers.
     */
    private static List<String> waitForRows(Robot robot, Tree problems, String what, Predicate<List<String>> wanted) {
        TreeUser view = new TreeUser(robot, problems);
        AtomicReference<List<String>> rows = new AtomicReference<>(List.of());
        for (int round = 0; round < 100; round++) {
            for (TreeItem group : robot.ui(problems::getItems)) {
                view.expand(group);
            }
            rows.set(robot.ui(() -> Arrays.stream(problems.getItems()).flatMap(group -> Arrays.stream(group.getItems()))
                    .map(TreeItem::getText).toList()));
            if (wanted.test(rows.get())) {
                return rows.get();
            }
            robot.within(Duration.ofMillis(200), () -> false);
        }
        throw new AssertionError("Timed out waiting for " + what + "; the Problems view shows " + rows.get());
    }
}
