/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.structure;


import java.util.List;
import java.util.regex.Pattern;

import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * A controller that builds up its controlled state (add, create, set, new, start, ...) but has no UCA for the
 * empty or cold-start context: whether it can recover when there is nothing yet goes unanalysed (the seed article:
 * with no active plan, no Enactor can apply a new one).
 */
public final class ColdStartRule extends StructureRule {

    private static final Pattern CONSTRUCTIVE = Pattern.compile(
            "(?i)\\b(add|create|new|set|start|insert|apply|provision|enable|publish|deploy|activate)\\w*");
    private static final Pattern EMPTY_CONTEXT = Pattern.compile("(?i)(\\bempty\\b|\\bcold[- ]start|\\bno \\w+ at all"
            + "|\\bthere (is|are) no\\b|\\bnone\\b|\\bnothing\\b|\\bno (active|current|existing)\\b|\\bfrom scratch\\b)");

    public ColdStartRule() {
        super("structure.cold-start", Severity.WARNING, STPA.getComponent());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        Component controller = (Component) element;
        List<ControlAction> constructive = context.index().controlActionsFrom(controller).stream()
                .filter(action -> action.getName() != null && CONSTRUCTIVE.matcher(action.getName()).find())
                .toList();
        if (constructive.isEmpty()) {
            return;
        }
        for (ControlAction action : context.index().controlActionsFrom(controller)) {
            for (UnsafeControlAction uca : context.index().referencers(action,
                    STPA.getUnsafeControlAction_ControlAction(), UnsafeControlAction.class)) {
                if (mentionsEmpty(uca.getContext()) || mentionsEmpty(uca.getText())) {
                    return;
                }
            }
        }
        context.report(controller, message("message", name(controller), name(constructive.get(0))));
    }

    private static boolean mentionsEmpty(String text) {
        return text != null && EMPTY_CONTEXT.matcher(text).find();
    }
}
