/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import org.eclipse.core.runtime.Platform;
import org.premortem.core.validation.RuleRegistry;

/** The rules contributed in this workbench, read from the extension registry once, when first needed. */
public final class WorkbenchRules {

    private static volatile RuleRegistry registry;

    private WorkbenchRules() {
    }

    public static RuleRegistry registry() {
        RuleRegistry result = registry;
        if (result == null) {
            synchronized (WorkbenchRules.class) {
                result = registry;
                if (result == null) {
                    result = RuleExtensionReader.read(Platform.getExtensionRegistry());
                    registry = result;
                }
            }
        }
        return result;
    }
}
