/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.structure;

import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * A human controller supervising automation who gets no feedback from the process the automation controls: the
 * human can only believe what the automation reports, and cannot notice when it acts on a wrong belief (the
 * Handbook's human-automation cues; automation surprises).
 */
public final class UnsupervisedAutomationRule extends StructureRule {

    public UnsupervisedAutomationRule() {
        super("structure.unsupervised-automation", Severity.WARNING, STPA.getComponent());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        Component human = (Component) element;
        if (human.getKind() != ComponentKind.HUMAN_CONTROLLER) {
            return;
        }
        for (Component automation : controlledBy(human, context.index())) {
            if (automation.getKind() != ComponentKind.CONTROLLER) {
                continue;
            }
            for (ControlAction action : context.index().controlActionsFrom(automation)) {
                Component process = action.getTarget();
                if (process != null && process != human && feedbackFrom(process, human, context.index()).isEmpty()) {
                    context.report(human, message("message", name(human), name(automation), name(process)));
                    return;
                }
            }
        }
    }
}
