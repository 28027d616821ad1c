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

/** A hazard no system-level constraint prevents (a constraint on a parent hazard covers its refinements). */
public final class HazardWithoutConstraintRule extends StpaRule {

    public HazardWithoutConstraintRule() {
        super("stpa.hazard-without-constraint", RuleCategory.COMPLETENESS, Severity.WARNING, STPA.getHazard());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        for (EObject hazard = element; hazard instanceof Hazard; hazard = hazard.eContainer()) {
            if (context.index().isReferenced(hazard, STPA.getSystemConstraint_Hazards())) {
                return;
            }
        }
        context.report(element, message("message", name(element)));
    }
}
