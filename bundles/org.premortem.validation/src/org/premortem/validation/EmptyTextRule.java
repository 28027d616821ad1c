/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.IdentifiedElement;

/** An element whose text or name is empty: a placeholder nobody filled in. */
public final class EmptyTextRule extends StpaRule {

    public EmptyTextRule() {
        super("stpa.empty-text", RuleCategory.COMPLETENESS, Severity.WARNING, STPA.getAnalysis(), STPA.getGoal(),
                STPA.getAssumption(), STPA.getLoss(), STPA.getHazard(), STPA.getSystemConstraint(),
                STPA.getControlStructure(), STPA.getComponent(), STPA.getResponsibility(),
                STPA.getProcessModelVariable(), STPA.getConnection(), STPA.getUnsafeControlAction(),
                STPA.getControllerConstraint(), STPA.getLossScenario(), STPA.getRequirement());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        String text = element.labelText();
        if (text == null || text.isBlank()) {
            context.report(element, message("message", name(element), element.eClass().getName()));
        }
    }
}
