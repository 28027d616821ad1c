/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.premortem.core.query.UcaCategories;
import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * A control action with a UCA category that is neither analysed (no UCA of that category) nor marked not applicable
 * or not hazardous with a rationale: a blank cell of the UCA table.
 */
public final class CategoryUnanalysedRule extends StpaRule {

    public CategoryUnanalysedRule() {
        super("stpa.category-unanalysed", RuleCategory.COMPLETENESS, Severity.WARNING, STPA.getControlAction());
    }

    @Override
    public void check(IdentifiedElement action, RuleContext context) {
        Set<UcaCategory> open = EnumSet.allOf(UcaCategory.class);
        for (UnsafeControlAction uca : context.index().referencers(action, STPA.getUnsafeControlAction_ControlAction(),
                UnsafeControlAction.class)) {
            if (uca.getType() != null) {
                open.remove(UcaCategories.categoryOf(uca.getType()));
            }
        }
        for (NotApplicableEntry entry : context.index().referencers(action, STPA.getNotApplicableEntry_ControlAction(),
                NotApplicableEntry.class)) {
            if (entry.getRationale() != null && !entry.getRationale().isBlank()) {
                open.remove(entry.getCategory());
            }
        }
        if (!open.isEmpty()) {
            String categories = open.stream().map(c -> c.getLiteral().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .collect(Collectors.joining(", "));
            context.report(action, message("message", name(action), categories));
        }
    }
}
