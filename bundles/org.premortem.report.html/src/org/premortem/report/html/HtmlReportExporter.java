/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.premortem.core.persistence.AtomicFile;
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportInput;
import org.premortem.report.ReportBuilder;
import org.premortem.report.ReportMessages;

/** The HTML report: one self-contained file (styles and diagrams inline, no external reference), UTF-8. */
public final class HtmlReportExporter implements ReportExporter {

    public static final String ID = "html";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return ReportMessages.get("format.html");
    }

    @Override
    public List<Path> export(ReportInput input, Path directory, String baseName) throws IOException {
        Path file = directory.resolve(baseName + ".html");
        AtomicFile.write(file, HtmlReportWriter.write(ReportBuilder.build(input)).getBytes(StandardCharsets.UTF_8));
        return List.of(file);
    }
}
