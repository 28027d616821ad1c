/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.IdentifiedElement;

/** An unsafe control action no loss scenario explains: step 4 was not done for it. */
public final class UcaWithoutScenarioRule extends StpaRule {

    public UcaWithoutScenarioRule() {
        super("stpa.uca-without-scenario", RuleCategory.COMPLETENESS, Severity.WARNING, STPA.getUnsafeControlAction());
    }

    @Override
    public void check(IdentifiedElement uca, RuleContext context) {
        if (!context.index().isReferenced(uca, STPA.getLossScenario_UnsafeControlAction())) {
            context.report(uca, message("message", name(uca)));
        }
    }
}
