/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.UnsafeControlAction;

/** An unsafe control action that names no hazard: why is it unsafe? */
public final class UcaWithoutHazardRule extends StpaRule {

    public UcaWithoutHazardRule() {
        super("stpa.uca-without-hazard", RuleCategory.TRACEABILITY, Severity.WARNING, STPA.getUnsafeControlAction());
    }

    @Override
    public void check(IdentifiedElement uca, RuleContext context) {
        if (((UnsafeControlAction) uca).getHazards().isEmpty()) {
            context.report(uca, message("message", name(uca)));
        }
    }
}
