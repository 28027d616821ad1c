/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import java.util.function.Supplier;

import org.eclipse.core.runtime.Platform;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.ui.Contributions;

/** The rules contributed in this workbench, read from the extension registry once, when first needed. */
public final class WorkbenchRules {

    private static final Supplier<RuleRegistry> REGISTRY =
            Contributions.once(() -> RuleExtensionReader.read(Platform.getExtensionRegistry()));

    private WorkbenchRules() {
    }

    public static RuleRegistry registry() {
        return REGISTRY.get();
    }
}
