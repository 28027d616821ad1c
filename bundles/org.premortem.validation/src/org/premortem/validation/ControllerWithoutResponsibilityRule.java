/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import org.premortem.core.query.AnalysisQuery;
import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.IdentifiedElement;

/** A controller (by kind, or because it issues control actions) with no responsibilities. */
public final class ControllerWithoutResponsibilityRule extends StpaRule {

    public ControllerWithoutResponsibilityRule() {
        super("stpa.controller-without-responsibility", RuleCategory.COMPLETENESS, Severity.WARNING,
                STPA.getComponent());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        Component component = (Component) element;
        boolean controller = AnalysisQuery.isControllerKind(component.getKind())
                || !context.index().controlActionsFrom(component).isEmpty();
        if (controller && component.getResponsibilities().isEmpty()) {
            context.report(component, message("message", name(component)));
        }
    }
}
