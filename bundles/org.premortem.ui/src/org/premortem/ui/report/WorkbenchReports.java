/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.report;

import java.util.function.Supplier;

import org.eclipse.core.runtime.Platform;
import org.premortem.core.report.ReportExporterRegistry;
import org.premortem.ui.Contributions;

/** The report exporters contributed in this workbench, read from the extension registry once, when first needed. */
public final class WorkbenchReports {

    private static final Supplier<ReportExporterRegistry> REGISTRY =
            Contributions.once(() -> ReportExporterExtensionReader.read(Platform.getExtensionRegistry()));

    private WorkbenchReports() {
    }

    public static ReportExporterRegistry registry() {
        return REGISTRY.get();
    }
}
