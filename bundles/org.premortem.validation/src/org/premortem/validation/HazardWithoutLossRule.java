/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import org.eclipse.emf.ecore.EObject;
import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;

/** A hazard (or sub-hazard whose parents cite none either) that leads to no loss. */
public final class HazardWithoutLossRule extends StpaRule {

    public HazardWithoutLossRule() {
        super("stpa.hazard-without-loss", RuleCategory.TRACEABILITY, Severity.WARNING, STPA.getHazard());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        for (EObject hazard = element; hazard instanceof Hazard h; hazard = h.eContainer()) {
            if (!h.getLosses().isEmpty()) {
                return;
            }
        }
        context.report(element, message("message", name(element)));
    }
}
