/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an analysis as a report in one format (HTML, PDF, Markdown, CSV, ...). Exporters are plain Java with a public
 * no-argument constructor; a bundle contributes one both to the extension point {@code org.premortem.report.exporters}
 * (for the workbench) and to {@code META-INF/services/org.premortem.core.report.ReportExporter} (for the headless
 * command line), and they are found through a {@link ReportExporterRegistry}.
 */
public interface ReportExporter {

    /** The short, stable name of the format: the value of {@code premortem report --format}, such as {@code html}. */
    String id();

    /** A human-readable name of the format, for choosers in the workbench. */
    String label();

    /**
     * Writes the report into {@code directory} (which exists), naming its files after {@code baseName}. The same input
     * gives the same bytes.
     *
     * @return the files written, main file first
     * @throws IOException if a file cannot be written
     */
    List<Path> export(ReportInput input, Path directory, String baseName) throws IOException;
}
