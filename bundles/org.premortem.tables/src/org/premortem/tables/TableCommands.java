/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.NotApplicableVerdict;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * The tables' edits as EMF commands on the editor's editing domain, so the one command stack undoes them like any
 * other edit: add a UCA to a cell, mark a cell not applicable, edit a UCA's text or hazards, delete, and link or
 * unlink two elements of a matrix.
 */
public final class TableCommands {

    private static final StpaPackage STPA = StpaPackage.eINSTANCE;

    private final EditingDomain domain;
    private final Analysis analysis;

    public TableCommands(EditingDomain domain, Analysis analysis) {
        this.domain = Objects.requireNonNull(domain);
        this.analysis = Objects.requireNonNull(analysis);
    }

    /** A new UCA of {@code action} of {@code type}, with its text and hazards. */
    public Command addUca(ControlAction action, UcaType type, String text, Collection<Hazard> hazards) {
        UnsafeControlAction uca = StpaFactory.eINSTANCE.createUnsafeControlAction();
        uca.setSource(action.getSource());
        uca.setControlAction(action);
        uca.setType(type);
        uca.setText(text);
        UcaWording.contextOf(action, type, text).ifPresent(uca::setContext);
        uca.getHazards().addAll(hazards);
        Command add = AddCommand.create(domain, analysis, STPA.getAnalysis_UnsafeControlActions(), uca);
        return labelled(add, Messages.Command_addUca);
    }

    /** Marks the cell (action, category) not applicable with a rationale, replacing an earlier such mark. */
    public Command markNotApplicable(ControlAction action, UcaCategory category, String rationale) {
        NotApplicableEntry entry = StpaFactory.eINSTANCE.createNotApplicableEntry();
        entry.setControlAction(action);
        entry.setCategory(category);
        entry.setVerdict(NotApplicableVerdict.NOT_APPLICABLE);
        entry.setRationale(rationale);
        CompoundCommand command = new CompoundCommand(Messages.Command_notApplicable);
        List<NotApplicableEntry> earlier = analysis.getNotApplicable().stream()
                .filter(e -> e.getControlAction() == action && e.getCategory() == category).toList();
        if (!earlier.isEmpty()) {
            command.append(RemoveCommand.create(domain, analysis, STPA.getAnalysis_NotApplicable(), earlier));
        }
        command.append(AddCommand.create(domain, analysis, STPA.getAnalysis_NotApplicable(), entry));
        return command;
    }

    /** Sets a UCA's text. */
    public Command editText(UnsafeControlAction uca, String text) {
        return labelled(SetCommand.create(domain, uca, STPA.getUnsafeControlAction_Text(), text),
                Messages.Command_editText);
    }

    /** Replaces a UCA's hazards. */
    public Command setHazards(UnsafeControlAction uca, Collection<Hazard> hazards) {
        return SetCommand.create(domain, uca, STPA.getUnsafeControlAction_Hazards(), List.copyOf(hazards));
    }

    /** Deletes elements together with every reference to them. */
    public Command delete(Collection<? extends EObject> elements) {
        return labelled(DeleteCommand.create(domain, List.copyOf(elements)), Messages.Command_delete);
    }

    /** Adds {@code target} to the many-valued reference of {@code owner}, or removes it if it is there. */
    public Command toggle(EObject owner, EReference reference, EObject target) {
        Collection<?> values = (Collection<?>) owner.eGet(reference);
        return values.contains(target)
                ? labelled(RemoveCommand.create(domain, owner, reference, target), Messages.Command_unlink)
                : labelled(AddCommand.create(domain, owner, reference, target), Messages.Command_link);
    }

    /** {@code command} under a name for Edit > Undo. */
    static Command labelled(Command command, String label) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
