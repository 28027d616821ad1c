/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.report;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportExporterRegistry;
import org.premortem.ui.Contributions;

/**
 * Fills a report exporter registry from the extension point {@value #EXTENSION_POINT}. A contribution that cannot be
 * created, or whose id differs from the one its class reports, is logged with its bundle and class and skipped.
 */
public final class ReportExporterExtensionReader {

    /** The extension point exporters are contributed to (declared by org.premortem.core). */
    public static final String EXTENSION_POINT = "org.premortem.report.exporters";

    private ReportExporterExtensionReader() {
    }

    public static ReportExporterRegistry read(IExtensionRegistry extensions) {
        ReportExporterRegistry registry = new ReportExporterRegistry();
        for (var contribution : Contributions.create(extensions, EXTENSION_POINT, "exporter", ReportExporter.class)) {
            ReportExporter exporter = contribution.instance();
            String declared = contribution.element().getAttribute("id");
            if (exporter.id().equals(declared)) {
                registry.register(exporter);
            } else {
                Contributions.log(contribution.element(), "reports the id '" + exporter.id() + "', not '" + declared
                        + "'", null);
            }
        }
        return registry;
    }
}
