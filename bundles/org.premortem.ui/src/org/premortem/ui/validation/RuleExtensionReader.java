/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.core.validation.ValidationRule;

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
        for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"rule".equals(element.getName())) {
                continue;
            }
            try {
                Object rule = element.createExecutableExtension("class");
                if (rule instanceof ValidationRule validationRule) {
                    registry.register(validationRule);
                } else {
                    log(element, "does not implement " + ValidationRule.class.getName(), null);
                }
            } catch (CoreException | RuntimeException e) {
                log(element, "cannot be created", e);
            }
        }
        return registry;
    }

    private static void log(IConfigurationElement element, String problem, Throwable cause) {
        ILog.of(RuleExtensionReader.class).error("Validation rule " + element.getAttribute("class") + " of bundle "
                + element.getContributor().getName() + " " + problem, cause);
    }
}
