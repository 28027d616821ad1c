/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.UnsafeControlAction;

/** A UCA whose source is not the controller of its control action (or that has no control action at all). */
public final class UcaSourceMismatchRule extends StpaRule {

    public UcaSourceMismatchRule() {
        super("stpa.uca-source-mismatch", RuleCategory.CONSISTENCY, Severity.ERROR, STPA.getUnsafeControlAction());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        UnsafeControlAction uca = (UnsafeControlAction) element;
        ControlAction action = uca.getControlAction();
        if (action == null) {
            context.report(uca, message("noAction", name(uca)));
        } else if (uca.getSource() != action.getSource()) {
            context.report(uca, message("message", name(uca), sourceName(uca), name(action),
                    action.getSource() == null ? "-" : name(action.getSource())));
        }
    }

    private static String sourceName(UnsafeControlAction uca) {
        return uca.getSource() == null ? "-" : name(uca.getSource());
    }
}
