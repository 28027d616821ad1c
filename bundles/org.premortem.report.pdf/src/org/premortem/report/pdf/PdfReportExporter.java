/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportInput;
import org.premortem.report.ReportBuilder;
import org.premortem.report.ReportMessages;
import org.premortem.report.doc.ReportDocument;
import org.premortem.report.html.HtmlReportWriter;

/**
 * The PDF report: the HTML report rendered by openhtmltopdf (PDFBox) on A4 pages, with page numbers, bookmarks for
 * every section, vector diagrams and an embedded font. Reproducible: the same input gives the same bytes.
 */
public final class PdfReportExporter implements ReportExporter {

    public static final String ID = "pdf";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return ReportMessages.get("format.pdf");
    }

    @Override
    public List<Path> export(ReportInput input, Path directory, String baseName) throws IOException {
        ReportDocument document = ReportBuilder.build(input);
        String html = HtmlReportWriter.write(document);
        Path file = directory.resolve(baseName + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PdfRenderer(PdfFonts.find()).render(html, document, out);
        }
        return List.of(file);
    }
}
