/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import org.eclipse.emf.ecore.EObject;
import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.SystemConstraint;

/** A system-level constraint that prevents no hazard (neither it nor the constraint it refines names one). */
public final class ConstraintWithoutHazardRule extends StpaRule {

    public ConstraintWithoutHazardRule() {
        super("stpa.constraint-without-hazard", RuleCategory.TRACEABILITY, Severity.WARNING,
                STPA.getSystemConstraint());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        for (EObject constraint = element; constraint instanceof SystemConstraint c; constraint = c.eContainer()) {
            if (!c.getHazards().isEmpty()) {
                return;
            }
        }
        context.report(element, message("message", name(element)));
    }
}
