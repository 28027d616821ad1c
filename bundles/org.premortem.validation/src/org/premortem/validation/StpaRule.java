/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EClass;
import org.premortem.core.validation.AbstractRule;
import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.StpaPackage;

/** A completeness, traceability, consistency or wording rule; its texts are in messages.properties. */
abstract class StpaRule extends AbstractRule {

    static final StpaPackage STPA = StpaPackage.eINSTANCE;

    private static final ResourceBundle TEXTS =
            ResourceBundle.getBundle("org.premortem.validation.messages", Locale.ROOT, StpaRule.class.getClassLoader());

    StpaRule(String id, RuleCategory category, Severity severity, EClass... kinds) {
        super(id, category, severity, TEXTS, kinds);
    }
}
