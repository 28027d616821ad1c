/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.IdentifiedElement;

/** An unsafe control action no controller constraint forbids. */
public final class UcaWithoutControllerConstraintRule extends StpaRule {

    public UcaWithoutControllerConstraintRule() {
        super("stpa.uca-without-controller-constraint", RuleCategory.COMPLETENESS, Severity.WARNING,
                STPA.getUnsafeControlAction());
    }

    @Override
    public void check(IdentifiedElement uca, RuleContext context) {
        if (!context.index().isReferenced(uca, STPA.getControllerConstraint_UnsafeControlActions())) {
            context.report(uca, message("message", name(uca)));
        }
    }
}
