/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.structure;


import java.util.List;

import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * A control action whose effect no feedback confirms: no feedback from its target back to its controller updates
 * any of the controllers process-model variables, so the controller keeps acting on what it last believed.
 */
public final class UnconfirmedActionRule extends StructureRule {

    public UnconfirmedActionRule() {
        super("structure.unconfirmed-action", Severity.WARNING, STPA.getControlAction());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        ControlAction action = (ControlAction) element;
        if (action.getSource() == null || action.getTarget() == null) {
            return;
        }
        List<Feedback> feedback = feedbackFrom(action.getTarget(), action.getSource(), context.index());
        if (feedback.stream().allMatch(f -> f.getUpdatedVariables().isEmpty())) {
            context.report(action, message(feedback.isEmpty() ? "noFeedback" : "noVariable", name(action),
                    name(action.getTarget()), name(action.getSource())));
        }
    }
}
