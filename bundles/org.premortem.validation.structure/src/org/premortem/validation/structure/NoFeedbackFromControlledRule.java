/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.structure;


import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * A controller that receives no feedback from a component it controls: it cannot know whether its control actions
 * had any effect (the seed article: the Planner gets nothing back from the Enactors).
 */
public final class NoFeedbackFromControlledRule extends StructureRule {

    public NoFeedbackFromControlledRule() {
        super("structure.no-feedback-from-controlled", Severity.WARNING, STPA.getComponent());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        Component controller = (Component) element;
        for (Component controlled : controlledBy(controller, context.index())) {
            if (feedbackFrom(controlled, controller, context.index()).isEmpty()) {
                context.report(controller, message("message", name(controller), name(controlled)));
            }
        }
    }
}
