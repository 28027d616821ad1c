/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.report;

import org.eclipse.core.runtime.Platform;
import org.premortem.core.report.ReportExporterRegistry;

/** The report exporters contributed in this workbench, read from the extension registry once, when first needed. */
public final class WorkbenchReports {

    private static volatile ReportExporterRegistry registry;

    private WorkbenchReports() {
    }

    public static ReportExporterRegistry registry() {
        ReportExporterRegistry result = registry;
        if (result == null) {
            synchronized (WorkbenchReports.class) {
                result = registry;
                if (result == null) {
                    result = ReportExporterExtensionReader.read(Platform.getExtensionRegistry());
                    registry = result;
                }
            }
        }
        return result;
    }
}
