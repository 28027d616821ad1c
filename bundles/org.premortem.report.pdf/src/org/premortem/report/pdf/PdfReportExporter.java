/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.premortem.core.persistence.AtomicFile;
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportInput;
import org.premortem.report.ReportBuilder;
import org.premortem.report.ReportMessages;
import org.premortem.report.doc.ReportDocument;
import org.premortem.report.html.HtmlReportWriter;

/**
 * The PDF report: the HTML report rendered by openhtmltopdf (PDFBox) on A4 pages, with page numbers, bookmarks for
 * every section, vector diagrams and an embedded font; tagged (PDF/UA-1) and archival (PDF/A-3a) with the model file
 * it was made from inside (see {@link AttachedModel}). Reproducible: the same input gives the same bytes.
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
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRenderer(PdfFonts.find()).render(html, document, ReportSource.of(input.analysis(), baseName), pdf);
        } catch (OutOfMemoryError e) {
            throw new IOException(tooLarge(input), e);
        }
        // The previous report stays whole until the new one is complete.
        AtomicFile.write(file, pdf.toByteArray());
        return List.of(file);
    }

    /**
     * Why the PDF could not be made: openhtmltopdf lays out the whole document before writing a page, so a very large
     * analysis (about 0.6 pages per UCA) needs more heap than Java was given. The laid-out pages are garbage once the
     * error has unwound, so saying so is safe.
     */
    private static String tooLarge(ReportInput input) {
        long ucas = input.analysis().getUnsafeControlActions().size();
        return ReportMessages.get("pdf.outOfMemory", ucas, Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
