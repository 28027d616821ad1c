/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.Loss;

/** A sub-hazard citing a loss its parent does not: the refinement widened the hazard instead of refining it. */
public final class SubHazardLossNotInParentRule extends StpaRule {

    public SubHazardLossNotInParentRule() {
        super("stpa.sub-hazard-loss-not-in-parent", RuleCategory.TRACEABILITY, Severity.WARNING, STPA.getHazard());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        Hazard hazard = (Hazard) element;
        if (!(hazard.eContainer() instanceof Hazard parent) || parent.getLosses().isEmpty()) {
            return;
        }
        for (Loss loss : hazard.getLosses()) {
            if (!parent.getLosses().contains(loss)) {
                context.report(hazard, message("message", name(hazard), loss.getDisplayId(), parent.getDisplayId()));
            }
        }
    }
}
