/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.tests;

import org.premortem.core.validation.RuleRegistry;
import org.premortem.validation.LossWithoutHazardRule;
import org.premortem.validation.structure.ColdStartRule;

/** The built-in rules as the command line finds them: through ServiceLoader, from each rule bundle. */
final class BuiltinRules {

    private BuiltinRules() {
    }

    static RuleRegistry registry() {
        return RuleRegistry.fromServiceLoader(LossWithoutHazardRule.class.getClassLoader(),
                ColdStartRule.class.getClassLoader());
    }
}
