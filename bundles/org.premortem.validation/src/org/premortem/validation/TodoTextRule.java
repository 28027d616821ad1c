/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EcorePackage;
import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.IdentifiedElement;

/** A text still marked TODO, TBD or FIXME: work the analysis has not finished. */
public final class TodoTextRule extends StpaRule {

    private static final Pattern MARKER = Pattern.compile("(?i)\\b(todo|tbd|fixme)\\b");

    public TodoTextRule() {
        super("stpa.todo-text", RuleCategory.WORDING, Severity.INFO, STPA.getIdentifiedElement());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute.isDerived() || attribute.isMany()
                    || attribute.getEAttributeType() != EcorePackage.Literals.ESTRING
                    || attribute == STPA.getIdentifiedElement_Id()
                    || attribute == STPA.getIdentifiedElement_DisplayId()) {
                continue;
            }
            Object value = element.eGet(attribute);
            Matcher marker = value instanceof String text ? MARKER.matcher(text) : null;
            if (marker != null && marker.find()) {
                context.report(element, message("message", name(element), marker.group(1), attribute.getName()));
            }
        }
    }
}
