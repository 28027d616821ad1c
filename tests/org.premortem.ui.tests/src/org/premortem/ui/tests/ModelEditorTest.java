/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.editor.EditorPrompt;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.ui.emf.ItemPropertySourceProvider;
import org.premortem.ui.tests.robot.Robot;
import org.premortem.ui.validation.ProblemMarkers;

/**
 * The model editor as a user drives it (through the {@link Robot}: clicks, the tree's context menu, Delete,
 * Ctrl+Z / Ctrl+Y / Ctrl+S), the Properties view, and changes made to the file behind the editor's back.
 */
class ModelEditorTest {

    private ExampleProject example;
    private PremortemEditor editor;
    private final Answers answers = new Answers();

    @BeforeEach
    void openTheExample() throws Exception {
        example = new ExampleProject("editor-test");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (PremortemEditor) IDE.openEditor(page, example.model);
        editor.setPrompt(answers);
        ExampleProject.settle();
    }

    @AfterEach
    void close() throws Exception {
        editor.getSite().getPage().closeEditor(editor, false);
        example.delete();
    }

    @Test
    void exampleOpensInThePremortemEditor() {
        assertEquals(PremortemEditor.ID, editor.getSite().getId());
        assertEquals(13, editor.analysis().getUnsafeControlActions().size());
        assertFalse(editor.isDirty());
    }

    @Test
    void newChildFromTheContextMenuGetsIdsAndIsUndoneExactlyWithTheKeys() throws Exception {
        Analysis before = EcoreUtil.copy(editor.analysis());
        Robot.play("new child", robot -> {
            robot.fillScreen(robot.ui(editor.getSite()::getShell));
            TreeUser tree = new TreeUser(robot, robot.ui(editor::modelTree));
            tree.rightClick(tree.item("AWS DynamoDB DNS outage"));
            robot.menu(() -> tree.tree().getMenu(), "New Child", "Loss");
            tree.renameField();
            robot.key(SWT.ESC);

            List<Loss> losses = robot.ui(() -> List.copyOf(editor.analysis().getLosses()));
            assertEquals(2, losses.size());
            assertEquals("L-2", losses.get(1).getDisplayId());
            assertNotNull(losses.get(1).getId());
            assertTrue(robot.ui(editor::isDirty));
            assertEquals(List.of(losses.get(1)), robot.ui(() -> selection().toList()), "the new element is selected");
            assertEquals(List.of(losses.get(1)), tree.selection(), "and shown, in its folder");

            robot.key('z', SWT.MOD1);
            robot.waitUntil("undo", () -> editor.analysis().getLosses().size() == 1);
            assertTrue(robot.ui(() -> equalIgnoringCounters(before, editor.analysis())),
                    "undo restores the model exactly");
            assertFalse(robot.ui(editor::isDirty));
            robot.key('y', SWT.MOD1);
            robot.waitUntil("redo", () -> editor.analysis().getLosses().size() == 2);
        });
    }

    @Test
    void propertiesSheetEditsAreUndoableByApi() throws Exception {
        Loss loss = editor.analysis().getLosses().get(0);
        String original = loss.getText();
        AdapterFactoryEditingDomain domain = (AdapterFactoryEditingDomain) editor.getEditingDomain();
        new ItemPropertySourceProvider(domain.getAdapterFactory()).getPropertySource(loss).setPropertyValue("text", "Customers lose access to DynamoDB");
        assertEquals("Customers lose access to DynamoDB", loss.getText());
        assertTrue(editor.isDirty());
        assertNotNull(editor.getAdapter(IPropertySheetPage.class));

        globalAction(ActionFactory.UNDO).run();
        assertEquals(original, loss.getText());
    }

    @Test
    void deleteKeyRemovesTheElementAndItsReferencesAndUndoRestoresThem() throws Exception {
        Analysis before = EcoreUtil.copy(editor.analysis());
        UnsafeControlAction uca12 = editor.analysis().getUnsafeControlActions().get(11);
        assertEquals("UCA-12", uca12.getDisplayId());
        Robot.play("delete", robot -> {
            robot.fillScreen(robot.ui(editor.getSite()::getShell));
            TreeUser tree = new TreeUser(robot, robot.ui(editor::modelTree));
            String controller = uca12.getSource().getName();
            String action = uca12.getControlAction().getName();
            tree.click(tree.item("AWS DynamoDB DNS outage", "UCAs", controller, action, "UCA-12:"));

            robot.key(SWT.DEL);
            robot.waitUntil("UCA-12 to go", () -> !editor.analysis().getUnsafeControlActions().contains(uca12));
            assertTrue(robot.ui(() -> editor.analysis().getRequirements().stream()
                    .noneMatch(r -> r.getUnsafeControlActions().contains(uca12))), "references are removed too");

            robot.key('z', SWT.MOD1);
            robot.waitUntil("undo", () -> editor.analysis().getUnsafeControlActions().contains(uca12));
            assertTrue(robot.ui(() -> equalIgnoringCounters(before, editor.analysis())));
        });
    }

    @Test
    void ctrlSWritesWhatTheCoreWouldWrite() throws Exception {
        Robot.play("save", robot -> {
            robot.fillScreen(robot.ui(editor.getSite()::getShell));
            newGoal(robot, "Keep DNS answers correct");
            robot.key('s', SWT.MOD1);
            robot.waitUntil("the save", () -> !editor.isDirty());
            // a second edit and save: the first left nothing that reads as a change made outside
            newGoal(robot, "Keep plans consistent");
            robot.key('s', SWT.MOD1);
            robot.waitUntil("the second save", () -> !editor.isDirty());
        });
        ExampleProject.settle();
        assertEquals(0, answers.reloadQuestions, "the editor's own saves offered a reload");
        assertEquals(0, answers.overwriteQuestions, "the editor's own save was taken for a change made outside");
        assertArrayEquals(AnalysisStore.serialize(editor.analysis()), contents());
        assertEquals(5, AnalysisStore.parse(Path.of("x.premortem"), contents()).getGoals().size());
        assertEquals("Keep DNS answers correct", editor.analysis().getGoals().get(3).getText());
    }

    @Test
    void changeOnDiskIsOfferedForReload() throws Exception {
        String changed = new String(contents(), StandardCharsets.UTF_8)
                .replace("Users cannot connect to DynamoDB", "Nobody can reach DynamoDB");
        answers.reload = true;
        example.model.setContents(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), true, false, null);
        ExampleProject.settle();

        assertEquals(1, answers.reloadQuestions);
        assertTrue(editor.analysis().getLosses().get(0).getText().startsWith("Nobody can reach DynamoDB"));
        assertFalse(editor.isDirty());
    }

    /**
     * The workspace catching up late with bytes the editor itself holds (the same content, a new time stamp: what a
     * delayed refresh after the editor's atomic save looks like) is no change made outside: no reload is offered while
     * there are unsaved edits, and the next save asks nothing.
     */
    @Test
    void aLateRefreshOfTheSameBytesOffersNoReloadAndSaveAsksNothing() throws Exception {
        Robot.play("late refresh", robot -> newGoal(robot, "Ours"));
        Path onDisk = example.model.getLocation().toFile().toPath();
        byte[] same = Files.readAllBytes(onDisk);
        Path beside = onDisk.resolveSibling(onDisk.getFileName() + ".new");
        Files.write(beside, same);
        Files.setLastModifiedTime(beside, FileTime.fromMillis(
                Files.getLastModifiedTime(onDisk).toMillis() + 5_000));
        Files.move(beside, onDisk, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        long stamp = example.model.getModificationStamp();
        example.model.refreshLocal(IResource.DEPTH_ZERO, null);
        ExampleProject.settle();
        assertTrue(example.model.getModificationStamp() != stamp, "the refresh saw a change of the file");

        assertEquals(0, answers.reloadQuestions, "no reload offered for our own bytes");
        assertTrue(editor.isDirty(), "our edit stays");
        editor.doSave(null);
        assertEquals(0, answers.overwriteQuestions, "saving over our own bytes asks nothing");
        assertArrayEquals(AnalysisStore.serialize(editor.analysis()), contents());
    }

    @Test
    void declinedReloadNeverOverwritesSilently() throws Exception {
        Robot.play("declined reload", robot -> newGoal(robot, "Ours"));
        byte[] theirs = new String(contents(), StandardCharsets.UTF_8).replace("Users cannot", "Users can not")
                .getBytes(StandardCharsets.UTF_8);
        answers.reload = false;
        example.model.setContents(new ByteArrayInputStream(theirs), true, false, null);
        ExampleProject.settle();

        answers.overwrite = false;
        editor.doSave(null);
        assertArrayEquals(theirs, contents(), "their version stays");
        assertEquals(1, answers.overwriteQuestions);
        assertTrue(editor.isDirty(), "our edits stay too");

        answers.overwrite = true;
        editor.doSave(null);
        assertArrayEquals(AnalysisStore.serialize(editor.analysis()), contents());
    }

    @Test
    void openingAMarkerSelectsItsElementInItsFolder() throws Exception {
        UnsafeControlAction uca3 = editor.analysis().getUnsafeControlActions().get(2);
        IMarker marker = example.model.createMarker(ProblemMarkers.TYPE);
        marker.setAttribute(ProblemMarkers.ELEMENT_ID, uca3.getId());

        IDE.gotoMarker(editor, marker);
        ExampleProject.settle();

        assertEquals(List.of(uca3), selection().toList());
        TreeItem[] shown = editor.modelTree().getSelection();
        assertEquals(1, shown.length, "the tree shows it");
        assertEquals(uca3, shown[0].getData());
        assertEquals("Add plan", shown[0].getParentItem().getText().replaceAll(" \\(\\d+\\)$", ""),
                "under its control action, in the UCA folder");
    }

    private IStructuredSelection selection() {
        return (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
    }

    private IAction globalAction(ActionFactory factory) {
        IAction action = editor.getEditorSite().getActionBars().getGlobalActionHandler(factory.getId());
        assertNotNull(action, factory.getId());
        assertTrue(action.isEnabled(), factory.getId() + " is enabled");
        return action;
    }

    private byte[] contents() throws Exception {
        try (InputStream in = example.model.getContents(true)) {
            return in.readAllBytes();
        }
    }

    /** Adds a goal as a user does: New goal on the Goals folder, then types its text into the rename field. */
    private void newGoal(Robot robot, String text) {
        TreeUser tree = new TreeUser(robot, robot.ui(editor::modelTree));
        tree.rightClick(tree.item("AWS DynamoDB DNS outage", "Goals"));
        robot.menu(() -> tree.tree().getMenu(), "New goal");
        tree.renameField();
        robot.type(text);
        robot.key(SWT.CR);
        robot.waitUntil("the goal", () -> text.equals(editor.analysis().getGoals().getLast().getText()));
    }

    /** Display-id counters are not part of undo on purpose (undoing a creation never frees its number). */
    static boolean equalIgnoringCounters(Analysis expected, Analysis actual) {
        Analysis a = EcoreUtil.copy(expected);
        Analysis b = EcoreUtil.copy(actual);
        a.getDisplayIdCounters().clear();
        b.getDisplayIdCounters().clear();
        return EcoreUtil.equals(a, b);
    }

    /** Scripted answers to the editor's questions. */
    static final class Answers implements EditorPrompt {
        boolean reload;
        boolean overwrite;
        int reloadQuestions;
        int overwriteQuestions;

        @Override
        public boolean reload(Shell shell, String fileName, boolean dirty) {
            reloadQuestions++;
            return reload;
        }

        @Override
        public boolean overwrite(Shell shell, String fileName) {
            overwriteQuestions++;
            return overwrite;
        }
    }
}
