/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.interchange;

import java.util.function.Supplier;

import org.eclipse.core.runtime.Platform;
import org.premortem.core.interchange.AnalysisImporterRegistry;
import org.premortem.ui.Contributions;

/** The importers contributed in this workbench, read from the extension registry once, when first needed. */
public final class WorkbenchImporters {

    private static final Supplier<AnalysisImporterRegistry> REGISTRY =
            Contributions.once(() -> ImporterExtensionReader.read(Platform.getExtensionRegistry()));

    private WorkbenchImporters() {
    }

    public static AnalysisImporterRegistry registry() {
        return REGISTRY.get();
    }
}
