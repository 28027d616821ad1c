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
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
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
import org.premortem.ui.validation.ProblemMarkers;

/**
 * The model editor as a user drives it: the tree's context menu, the Properties view, Edit > Undo / Redo / Delete,
 * Save, and changes made to the file behind the editor's back.
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
    void newChildFromTheContextMenuGetsIdsAndIsUndoneExactly() throws Exception {
        Analysis before = EcoreUtil.copy(editor.analysis());
        editor.select(new StructuredSelection(editor.analysis()));
        ExampleProject.settle();

        action(submenu(editor.modelContextMenu(), "New Child"), "Loss").run();
        ExampleProject.settle();

        List<Loss> losses = editor.analysis().getLosses();
        assertEquals(2, losses.size());
        assertEquals("L-2", losses.get(1).getDisplayId());
        assertNotNull(losses.get(1).getId());
        assertTrue(editor.isDirty());
        assertEquals(List.of(losses.get(1)), selection().toList(), "the new element is selected");

        globalAction(ActionFactory.UNDO).run();
        assertTrue(equalIgnoringCounters(before, editor.analysis()), "undo restores the model exactly");
        assertFalse(editor.isDirty());
        globalAction(ActionFactory.REDO).run();
        assertEquals(2, editor.analysis().getLosses().size());
    }

    @Test
    void propertiesViewEditsAreUndoable() throws Exception {
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
    void deleteRemovesTheElementAndItsReferencesAndUndoRestoresThem() throws Exception {
        Analysis before = EcoreUtil.copy(editor.analysis());
        UnsafeControlAction uca12 = editor.analysis().getUnsafeControlActions().get(11);
        assertEquals("UCA-12", uca12.getDisplayId());
        editor.select(new StructuredSelection(uca12));
        ExampleProject.settle();

        globalAction(ActionFactory.DELETE).run();
        assertFalse(editor.analysis().getUnsafeControlActions().contains(uca12));
        assertTrue(editor.analysis().getRequirements().stream()
                .noneMatch(r -> r.getUnsafeControlActions().contains(uca12)), "references are removed too");

        globalAction(ActionFactory.UNDO).run();
        assertTrue(equalIgnoringCounters(before, editor.analysis()));
    }

    @Test
    void saveWritesWhatTheCoreWouldWrite() throws Exception {
        editor.select(new StructuredSelection(editor.analysis()));
        ExampleProject.settle();
        action(submenu(editor.modelContextMenu(), "New Child"), "Goal").run();
        editor.doSave(null);
        ExampleProject.settle();

        assertFalse(editor.isDirty());
        assertArrayEquals(AnalysisStore.serialize(editor.analysis()), contents());
        assertEquals(4, AnalysisStore.parse(Path.of("x.premortem"), contents()).getGoals().size());
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

    @Test
    void declinedReloadNeverOverwritesSilently() throws Exception {
        editor.select(new StructuredSelection(editor.analysis()));
        ExampleProject.settle();
        action(submenu(editor.modelContextMenu(), "New Child"), "Goal").run();
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
    void openingAMarkerSelectsItsElement() throws Exception {
        UnsafeControlAction uca3 = editor.analysis().getUnsafeControlActions().get(2);
        IMarker marker = example.model.createMarker(ProblemMarkers.TYPE);
        marker.setAttribute(ProblemMarkers.ELEMENT_ID, uca3.getId());

        IDE.gotoMarker(editor, marker);
        ExampleProject.settle();

        assertEquals(List.of(uca3), selection().toList());
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

    private static IMenuManager submenu(MenuManager menu, String label) {
        return Arrays.stream(menu.getItems()).filter(item -> item instanceof MenuManager m
                && m.getMenuText().replace("&", "").equals(label)).map(IMenuManager.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no submenu " + label));
    }

    private static IAction action(IMenuManager menu, String label) {
        for (IContributionItem item : menu.getItems()) {
            if (item instanceof ActionContributionItem contribution
                    && contribution.getAction().getText().replace("&", "").equals(label)) {
                return contribution.getAction();
            }
        }
        throw new AssertionError("no action " + label + " in " + Arrays.toString(menu.getItems()));
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
