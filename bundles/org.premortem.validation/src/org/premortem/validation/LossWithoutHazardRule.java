/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.IdentifiedElement;

/** A loss no hazard leads to: either a hazard is missing or the loss is out of scope. */
public final class LossWithoutHazardRule extends StpaRule {

    public LossWithoutHazardRule() {
        super("stpa.loss-without-hazard", RuleCategory.TRACEABILITY, Severity.WARNING, STPA.getLoss());
    }

    @Override
    public void check(IdentifiedElement loss, RuleContext context) {
        if (!context.index().isReferenced(loss, STPA.getHazard_Losses())) {
            context.report(loss, message("message", name(loss)));
        }
    }
}
