/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.structure;

import java.util.Optional;

import org.premortem.core.validation.ActionVocabulary;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * A controller that issues destructive or fleet-wide actions while no other controller can stop or override it: no
 * control action that reaches it stops, pauses, overrides or disables it (the seed article: nothing above the
 * Enactors halts their clean-up once it deletes the active plan).
 */
public final class UnstoppableControllerRule extends StructureRule {

    public UnstoppableControllerRule() {
        super("structure.unstoppable-controller", Severity.WARNING, STPA.getComponent());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        Component controller = (Component) element;
        Optional<ControlAction> risky = context.index().controlActionsFrom(controller).stream()
                .filter(action -> context.vocabulary().isDestructive(action) || isFleetWide(action))
                .findFirst();
        if (risky.isEmpty()) {
            return;
        }
        boolean stoppable = context.index().controlActionsTo(controller).stream()
                .anyMatch(action -> action.getSource() != controller
                        && context.vocabulary().mentions(ActionVocabulary.Kind.STOPPING, action.getName()));
        if (!stoppable) {
            ControlAction action = risky.get();
            context.report(controller, message(isFleetWide(action) && !context.vocabulary().isDestructive(action)
                    ? "fleetWide" : "destructive", name(controller), name(action)));
        }
    }

    private static boolean isFleetWide(ControlAction action) {
        return action.getTarget() != null && action.getTarget().getReplicas() > 1;
    }
}
