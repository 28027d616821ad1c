/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.Requirement;

/** A requirement linked to no loss scenario, UCA or hazard: nothing says why it exists. */
public final class RequirementUnlinkedRule extends StpaRule {

    public RequirementUnlinkedRule() {
        super("stpa.requirement-unlinked", RuleCategory.TRACEABILITY, Severity.WARNING, STPA.getRequirement());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        Requirement requirement = (Requirement) element;
        if (requirement.getLossScenarios().isEmpty() && requirement.getUnsafeControlActions().isEmpty()
                && requirement.getHazards().isEmpty()) {
            context.report(requirement, message("message", name(requirement)));
        }
    }
}
