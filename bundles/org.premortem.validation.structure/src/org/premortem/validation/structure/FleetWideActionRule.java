/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.structure;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.premortem.core.validation.ActionVocabulary;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * A control action that reaches every replica of a replicated component at once (a fleet-wide push) while no UCA of
 * it considers its timing or its scope: nobody asked whether it should be rolled out in stages (the global
 * configuration pushes behind many cloud outages; the seed article: one plan reaches all three Enactors).
 */
public final class FleetWideActionRule extends StructureRule {

    private static final Set<UcaType> TIMING = EnumSet.of(UcaType.TOO_EARLY, UcaType.TOO_LATE, UcaType.WRONG_ORDER,
            UcaType.STOPPED_TOO_SOON, UcaType.APPLIED_TOO_LONG);

    public FleetWideActionRule() {
        super("structure.fleet-wide-action", Severity.WARNING, STPA.getControlAction());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        ControlAction action = (ControlAction) element;
        if (action.getTarget() == null || action.getTarget().getReplicas() < 2) {
            return;
        }
        List<UnsafeControlAction> ucas = context.index().referencers(action,
                STPA.getUnsafeControlAction_ControlAction(), UnsafeControlAction.class);
        boolean considered = ucas.stream().anyMatch(uca -> TIMING.contains(uca.getType())
                || context.vocabulary().mentions(ActionVocabulary.Kind.SCOPE, uca.getContext())
                || context.vocabulary().mentions(ActionVocabulary.Kind.SCOPE, uca.getText()));
        if (!considered) {
            context.report(action, message("message", name(action), action.getTarget().getReplicas(),
                    name(action.getTarget())));
        }
    }
}
