/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.structure;

import java.util.Set;

import org.premortem.core.validation.ActionVocabulary;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * A destructive or irreversible control action with nothing in the structure to undo it. For a destructive action,
 * any action on the same component that restores (restore, roll back, reinstate, ...) or does the opposite on the
 * same thing (an action that shares a word of the object it names: "Add plan" for "Delete plan i") counts; for an
 * irreversible one only a restoring action does, since doing the opposite does not bring back what was destroyed
 * (the seed article: the deleted active plan could not be reinstated by any Enactor).
 */
public final class UnrecoverableActionRule extends StructureRule {

    public UnrecoverableActionRule() {
        super("structure.unrecoverable-action", Severity.WARNING, STPA.getControlAction());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        ControlAction action = (ControlAction) element;
        ActionVocabulary vocabulary = context.vocabulary();
        boolean irreversible = vocabulary.isIrreversible(action);
        if (action.getTarget() == null || !irreversible && !vocabulary.isDestructive(action)) {
            return;
        }
        Component target = action.getTarget();
        boolean restorable = false;
        for (ControlAction other : context.index().controlActionsTo(target)) {
            if (other == action || vocabulary.isDestructive(other)) {
                continue;
            }
            boolean restores = vocabulary.mentions(ActionVocabulary.Kind.RESTORING, other.getName());
            restorable |= restores || !irreversible && sharesObject(action, other);
        }
        if (!restorable) {
            context.report(action, message(irreversible ? "irreversible" : "destructive", name(action),
                    name(target)));
        }
    }

    /** Whether two actions name the same thing: a word of three letters or more in common, verbs aside. */
    private static boolean sharesObject(ControlAction one, ControlAction other) {
        Set<String> words = ActionWords.objectWords(one.getName());
        return ActionWords.objectWords(other.getName()).stream().anyMatch(words::contains);
    }
}
