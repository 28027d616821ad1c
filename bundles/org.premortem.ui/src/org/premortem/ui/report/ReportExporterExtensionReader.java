/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.report;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportExporterRegistry;

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
        for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"exporter".equals(element.getName())) {
                continue;
            }
            try {
                Object created = element.createExecutableExtension("class");
                if (!(created instanceof ReportExporter exporter)) {
                    log(element, "does not implement " + ReportExporter.class.getName(), null);
                } else if (!exporter.id().equals(element.getAttribute("id"))) {
                    log(element, "reports the id '" + exporter.id() + "', not '" + element.getAttribute("id") + "'",
                            null);
                } else {
                    registry.register(exporter);
                }
            } catch (CoreException | RuntimeException e) {
                log(element, "cannot be created", e);
            }
        }
        return registry;
    }

    private static void log(IConfigurationElement element, String problem, Throwable cause) {
        ILog.of(ReportExporterExtensionReader.class).error("Report exporter " + element.getAttribute("class")
                + " of bundle " + element.getContributor().getName() + " " + problem, cause);
    }
}
