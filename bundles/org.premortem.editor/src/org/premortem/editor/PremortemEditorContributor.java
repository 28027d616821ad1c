/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.premortem.ui.emf.CommandStackActions;

/**
 * Binds the workbench's Edit > Undo, Redo (Ctrl+Z, Ctrl+Y) and Delete to the active Premortem editor's command
 * stack and selection.
 */
public final class PremortemEditorContributor extends EditorActionBarContributor {

    private CommandStackActions stackActions;

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        stackActions = new CommandStackActions();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), stackActions.undo());
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), stackActions.redo());
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        super.setActiveEditor(part);
        if (part instanceof PremortemEditor editor) {
            stackActions.setEditingDomain(editor.getEditingDomain());
            getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), editor.deleteAction());
        } else {
            stackActions.setEditingDomain(null);
            getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), null);
        }
        getActionBars().updateActionBars();
    }

    @Override
    public void dispose() {
        stackActions.setEditingDomain(null);
        super.dispose();
    }
}
