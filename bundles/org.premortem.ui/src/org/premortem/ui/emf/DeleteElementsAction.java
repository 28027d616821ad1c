/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.premortem.ui.Messages;

/**
 * Deletes the selected model elements, and every reference to them, with one undoable command (the analysis root
 * cannot be deleted).
 */
public final class DeleteElementsAction extends Action {

    private EditingDomain domain;
    private List<EObject> selected = List.of();

    public DeleteElementsAction() {
        super(Messages.Edit_delete);
        setActionDefinitionId(ActionFactory.DELETE.getCommandId());
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        setEnabled(false);
    }

    public void setEditingDomain(EditingDomain domain) {
        this.domain = domain;
        update();
    }

    public void selectionChanged(ISelection selection) {
        List<EObject> elements = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                if (element instanceof EObject eObject && eObject.eContainer() != null) {
                    elements.add(eObject);
                }
            }
        }
        selected = elements;
        update();
    }

    /** The command this action would run, or {@code null}. */
    public Command command() {
        return domain == null || selected.isEmpty() ? null : DeleteCommand.create(domain, selected);
    }

    private void update() {
        Command command = command();
        setEnabled(command != null && command.canExecute());
    }

    @Override
    public void run() {
        Command command = command();
        if (command != null && command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }
}
