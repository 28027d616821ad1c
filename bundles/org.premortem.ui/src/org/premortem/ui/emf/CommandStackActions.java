/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.emf;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.premortem.ui.Messages;

/**
 * Undo and Redo on an editing domain's command stack, for the workbench's global Edit > Undo / Redo (Ctrl+Z,
 * Ctrl+Y): every edit of every page goes through the one stack, so one pair of actions undoes them all.
 */
public final class CommandStackActions implements CommandStackListener {

    private final Action undo = new Action() {
        @Override
        public void run() {
            if (domain != null) {
                domain.getCommandStack().undo();
            }
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            if (domain != null) {
                domain.getCommandStack().redo();
            }
        }
    };
    private EditingDomain domain;

    public CommandStackActions() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setActionDefinitionId(ActionFactory.UNDO.getCommandId());
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setActionDefinitionId(ActionFactory.REDO.getCommandId());
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        update();
    }

    public Action undo() {
        return undo;
    }

    public Action redo() {
        return redo;
    }

    /** Follows another editing domain (the active editor's); {@code null} disables both actions. */
    public void setEditingDomain(EditingDomain newDomain) {
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(this);
        }
        domain = newDomain;
        if (domain != null) {
            domain.getCommandStack().addCommandStackListener(this);
        }
        update();
    }

    @Override
    public void commandStackChanged(EventObject event) {
        update();
    }

    private void update() {
        CommandStack stack = domain == null ? null : domain.getCommandStack();
        Command undoable = stack == null ? null : stack.getUndoCommand();
        Command redoable = stack == null ? null : stack.getRedoCommand();
        undo.setEnabled(stack != null && stack.canUndo());
        redo.setEnabled(stack != null && stack.canRedo());
        undo.setText(NLS.bind(Messages.Edit_undo, label(undoable)));
        redo.setText(NLS.bind(Messages.Edit_redo, label(redoable)));
    }

    private static String label(Command command) {
        return CommandLabels.of(command);
    }
}
