/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.core.validation.ValidationRule;
import org.premortem.ui.Contributions;

/**
 * Fills a rule registry from the extension point {@value #EXTENSION_POINT}. A contribution that cannot be created
 * is logged with its bundle and class and skipped; the other rules still run.
 */
public final class RuleExtensionReader {

    /** The extension point rules are contributed to (declared by org.premortem.core). */
    public static final String EXTENSION_POINT = "org.premortem.validation.rules";

    private RuleExtensionReader() {
    }

    public static RuleRegistry read(IExtensionRegistry extensions) {
        RuleRegistry registry = new RuleRegistry();
        for (var contribution : Contributions.create(extensions, EXTENSION_POINT, "rule", ValidationRule.class)) {
            registry.register(contribution.instance());
        }
        return registry;
    }
}
