/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.structure;


import java.util.List;
import java.util.regex.Pattern;

import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * A destructive control action (as the analyst marked it, else by its wording: delete, remove, disable, overwrite,
 * ...) that may hit what is in use: reported when
 * no "provided" UCA analyses issuing it, or when its controller has no feedback-confirmed belief about whether the
 * target is in use (the seed article: Enactors delete the active plan).
 */
public final class DestructiveActionRule extends StructureRule {

    /** Words naming the in-use state of a target in a process-model variable. */
    private static final Pattern IN_USE = Pattern.compile("(?i)\\b(active|in use|current\\w*|used|live|serving)\\b");

    public DestructiveActionRule() {
        super("structure.destructive-action", Severity.WARNING, STPA.getControlAction());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        ControlAction action = (ControlAction) element;
        if (!context.vocabulary().isDestructive(action)) {
            return;
        }
        List<UnsafeControlAction> ucas = context.index().referencers(action,
                STPA.getUnsafeControlAction_ControlAction(), UnsafeControlAction.class);
        if (ucas.stream().noneMatch(uca -> uca.getType() == UcaType.PROVIDED)) {
            context.report(action, message("noProvidedUca", name(action)));
            return;
        }
        Component controller = action.getSource();
        if (controller == null) {
            return;
        }
        List<ProcessModelVariable> inUse = controller.getProcessModel().stream()
                .filter(variable -> variable.getName() != null && IN_USE.matcher(variable.getName()).find())
                .toList();
        ProcessModelVariable unconfirmed = inUse.stream()
                .filter(variable -> !context.index().isReferenced(variable, STPA.getFeedback_UpdatedVariables()))
                .findFirst().orElse(null);
        if (inUse.isEmpty()) {
            context.report(action, message("noInUseBelief", name(action), name(controller)));
        } else if (unconfirmed != null) {
            context.report(action, message("unconfirmedInUse", name(action), name(controller), name(unconfirmed)));
        }
    }
}
