/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.structure;


import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * A process-model variable that no feedback updates: the controller acts on a belief nothing confirms (the seed
 * article: the Enactors delete plans without knowing whether the plan is active).
 */
public final class VariableWithoutFeedbackRule extends StructureRule {

    public VariableWithoutFeedbackRule() {
        super("structure.variable-without-feedback", Severity.WARNING, STPA.getProcessModelVariable());
    }

    @Override
    public void check(IdentifiedElement variable, RuleContext context) {
        if (!context.index().isReferenced(variable, STPA.getFeedback_UpdatedVariables())) {
            String owner = variable.eContainer() instanceof Component controller ? name(controller) : "-";
            context.report(variable, message("message", name(variable), owner));
        }
    }
}
