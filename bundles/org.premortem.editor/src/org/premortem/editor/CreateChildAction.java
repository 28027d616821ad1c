/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;

/** Creates one kind of child (or sibling) of the selected element, through the command stack. */
final class CreateChildAction extends Action {

    private final EditingDomain domain;
    private final Command command;
    private final Consumer<Collection<?>> reveal;

    CreateChildAction(EditingDomain domain, Object owner, Object descriptor, Object selected,
            Consumer<Collection<?>> reveal) {
        this.domain = domain;
        this.reveal = reveal;
        this.command = CreateChildCommand.create(domain, owner, descriptor, List.of(selected));
        if (command instanceof CommandActionDelegate delegate) {
            setText(delegate.getText());
            setToolTipText(delegate.getToolTipText());
        }
        setEnabled(command.canExecute());
    }

    @Override
    public void run() {
        domain.getCommandStack().execute(command);
        reveal.accept(command.getAffectedObjects());
    }
}
