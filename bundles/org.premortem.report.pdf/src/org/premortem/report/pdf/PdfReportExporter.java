/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.premortem.core.persistence.AtomicFile;
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportInput;
import org.premortem.report.ReportBuilder;
import org.premortem.report.ReportMessages;
import org.premortem.report.doc.ReportDocument;

/**
 * The PDF report: the HTML report rendered by openhtmltopdf (PDFBox) on A4 pages, in parts that are joined (so memory
 * follows a part, not the analysis), with page numbers, bookmarks for every section, vector diagrams and an embedded
 * font; tagged (PDF/UA-1) and archival (PDF/A-3a) with the model file
 * it was made from inside (see {@link AttachedModel}). Reproducible: the same input gives the same bytes.
 */
public final class PdfReportExporter implements ReportExporter {

    public static final String ID = "pdf";

    private final int partWeight;

    public PdfReportExporter() {
        this(PdfRenderer.DEFAULT_PART_WEIGHT);
    }

    /**
     * An exporter that lays out the report in parts of about {@code partWeight} lines each (the default is about 60
     * pages): smaller parts need less memory; tests use tiny ones to join many parts.
     */
    public PdfReportExporter(int partWeight) {
        if (partWeight < 1) {
            throw new IllegalArgumentException("partWeight must be positive: " + partWeight);
        }
        this.partWeight = partWeight;
    }

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
        Path file = directory.resolve(baseName + ".pdf");
        ReportSource source = ReportSource.of(input.analysis(), baseName);
        try {
            // Written as it is laid out, into a temporary file: the previous report stays whole until the new one is
            // complete.
            long elements = elements(input);
            AtomicFile.write(file, out -> new PdfRenderer(PdfFonts.find(), partWeight, elements).render(document,
                    source, out));
        } catch (OutOfMemoryError e) {
            throw new IOException(tooLarge(input), e);
        }
        return List.of(file);
    }

    private static long elements(ReportInput input) {
        long elements = 0;
        for (TreeIterator<EObject> it = input.analysis().eAllContents(); it.hasNext(); it.next()) {
            elements++;
        }
        return elements;
    }

    /**
     * Why the PDF could not be made: the parts are laid out and written a few at a time and the rows of the report's
     * long tables are made as their part is laid out, but the analysis and a few numbers per page and per link are
     * held to the end, so a very large analysis can still need more heap than Java was given. What was built is
     * garbage once the error has unwound, so saying so is safe.
     */
    private static String tooLarge(ReportInput input) {
        long ucas = input.analysis().getUnsafeControlActions().size();
        return ReportMessages.get("pdf.outOfMemory", ucas, Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
