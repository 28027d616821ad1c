/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.IdentifiedElement;

/** A loss scenario no requirement or mitigation addresses. */
public final class ScenarioWithoutRequirementRule extends StpaRule {

    public ScenarioWithoutRequirementRule() {
        super("stpa.scenario-without-requirement", RuleCategory.COMPLETENESS, Severity.WARNING,
                STPA.getLossScenario());
    }

    @Override
    public void check(IdentifiedElement scenario, RuleContext context) {
        if (!context.index().isReferenced(scenario, STPA.getRequirement_LossScenarios())) {
            context.report(scenario, message("message", name(scenario)));
        }
    }
}
