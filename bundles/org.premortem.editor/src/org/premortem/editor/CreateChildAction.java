/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.Collection;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;

/**
 * Creates one kind of element (a child, a sibling, or what a folder holds) with one command on the command stack,
 * then hands what it created to {@code created} (which selects it, reveals it and starts renaming it).
 */
final class CreateChildAction extends Action {

    private final EditingDomain domain;
    private final Command command;
    private final Consumer<Collection<?>> created;

    CreateChildAction(EditingDomain domain, NewElements.Choice choice, Collection<?> selection,
            Consumer<Collection<?>> created) {
        this.domain = domain;
        this.created = created;
        this.command = CreateChildCommand.create(domain, choice.owner(), choice.descriptor(), selection);
        if (command instanceof CommandActionDelegate delegate) {
            setText(delegate.getText());
            setToolTipText(delegate.getToolTipText());
        }
        if (choice.label() != null) {
            setText(choice.label());
            setToolTipText(choice.toolTip());
        }
        setEnabled(command.canExecute());
    }

    @Override
    public void run() {
        domain.getCommandStack().execute(command);
        created.accept(command.getAffectedObjects());
    }
}
