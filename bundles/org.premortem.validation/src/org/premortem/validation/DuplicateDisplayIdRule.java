/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.IdentifiedElement;

/** Two elements share a display id, so "UCA-3" in a review no longer names one thing. */
public final class DuplicateDisplayIdRule extends StpaRule {

    public DuplicateDisplayIdRule() {
        super("stpa.duplicate-display-id", RuleCategory.CONSISTENCY, Severity.ERROR, STPA.getIdentifiedElement());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        String displayId = element.getDisplayId();
        if (displayId != null && !displayId.isEmpty() && context.index().displayIdCount(displayId) > 1) {
            context.report(element, message("message", displayId, context.index().displayIdCount(displayId)));
        }
    }
}
