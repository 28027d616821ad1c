/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.IdentifiedElement;

/** A system-level constraint no controller is responsible for enforcing. */
public final class ConstraintWithoutResponsibilityRule extends StpaRule {

    public ConstraintWithoutResponsibilityRule() {
        super("stpa.constraint-without-responsibility", RuleCategory.COMPLETENESS, Severity.WARNING,
                STPA.getSystemConstraint());
    }

    @Override
    public void check(IdentifiedElement constraint, RuleContext context) {
        if (!context.index().isReferenced(constraint, STPA.getResponsibility_SystemConstraints())) {
            context.report(constraint, message("message", name(constraint)));
        }
    }
}
