/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.premortem.report.ReportMessages;
import org.premortem.report.doc.ReportDocument;
import org.premortem.report.doc.Section;
import org.premortem.report.doc.SectionNumbers;
import org.premortem.report.html.HtmlReportWriter;
import org.premortem.report.html.ReportPart;

/**
 * Renders a report into a PDF in parts, so that memory follows the size of a part and not of the analysis: the body is
 * cut into parts ({@link PdfParts}), each laid out on its own ({@link PartRenderer}) and joined by PDFBox to the
 * first, structure trees included (the joined document keeps its streams in a temporary file); then the title block
 * and contents are laid out with the page of every section and put first ({@link FrontMatter}). What the parts cannot know is put right on the joined PDF: links to other parts
 * ({@link CrossPartLinks}), the outline ({@link PdfOutline}), the running head and page numbers
 * ({@link PageFurniture}).
 * <p>
 * Everything that would vary between runs is fixed: the creation date is the report date, the document id derives
 * from it and from the document information. With its font embedded the report is a record: tagged for PDF/UA-1 and
 * archival PDF/A-3a with the model file inside (when the analysis can be saved at all, see {@link ReportSource}).
 */
final class PdfRenderer {

    static final String PRODUCER = "Premortem";
    static final String LANGUAGE = "en";

    /**
     * The weight of a part (about a line of text each, see {@link PdfParts}): some 60 pages. Small enough that a part
     * lays out quickly in little memory, large enough that the per-part costs (styles, fonts) stay small.
     */
    static final int DEFAULT_PART_WEIGHT = 3000;

    /** The front matter is laid out first with this in place of every page number, wider than any real one. */
    private static final String PAGE_PLACEHOLDER = "00000";

    private static final int FRONT_ATTEMPTS = 3;

    private final PdfFonts fonts;
    private final int partWeight;
    private final PartRenderer parts;

    PdfRenderer(PdfFonts fonts, int partWeight) {
        this.fonts = fonts;
        this.partWeight = partWeight;
        this.parts = new PartRenderer(fonts);
    }

    /** Whether the PDFs this renderer makes are PDF/UA-1 and PDF/A-3a. */
    boolean archival() {
        return fonts.embedded();
    }

    void render(ReportDocument document, ReportSource source, OutputStream out) throws IOException {
        SectionNumbers numbers = new SectionNumbers(document);
        AnchorPositions positions = new AnchorPositions(LinkTargets.of(document));
        int frontPages;
        try (PartRenderer.Rendered front = parts.render(frontHtml(document, numbers, positions, true), document,
                positions, 0, null)) {
            frontPages = front.pdf().getNumberOfPages();
        }
        PDFMergerUtility merger = new PDFMergerUtility();
        PartRenderer.Rendered joined = null;
        try {
            int firstPage = frontPages;
            for (ReportPart part : PdfParts.split(document, partWeight)) {
                String html = HtmlReportWriter.writePart(document, numbers, part);
                if (joined == null) {
                    // The first part is the document the others join; its streams go to a temporary file.
                    joined = parts.render(html, document, positions, firstPage,
                            new PDDocument(IOUtils.createTempFileOnlyStreamCache()));
                    firstPage += joined.pdf().getNumberOfPages();
                } else {
                    try (PartRenderer.Rendered rendered = parts.render(html, document, positions, firstPage, null)) {
                        firstPage += rendered.pdf().getNumberOfPages();
                        merger.appendDocument(joined.pdf(), rendered.embedded());
                    }
                }
            }
            try (PartRenderer.Rendered front = front(document, numbers, positions, frontPages)) {
                FrontMatter.putFirst(joined.pdf(), front.embedded(), merger);
            }
            PDDocument pdf = joined.pdf();
            StructureJoin.oneDocument(pdf);
            CrossPartLinks.resolve(pdf, positions);
            PdfOutline.add(pdf, document, numbers, positions);
            PageFurniture.stamp(pdf, fonts.regular());
            finish(pdf, document, source);
            pdf.save(out);
        } finally {
            if (joined != null) {
                joined.close();
            }
        }
    }

    /**
     * The title block and the contents with the page of every section, as the joined PDF's first pages. Should the
     * real numbers change how many pages the contents take, every page after them moves, and it is laid out again.
     */
    private PartRenderer.Rendered front(ReportDocument document, SectionNumbers numbers, AnchorPositions positions,
            int expectedPages) throws IOException {
        int expected = expectedPages;
        for (int attempt = 1;; attempt++) {
            PartRenderer.Rendered front = parts.render(frontHtml(document, numbers, positions, false), document,
                    positions, 0, null);
            int pages = front.pdf().getNumberOfPages();
            if (pages == expected || attempt == FRONT_ATTEMPTS) {
                return front;
            }
            front.close();
            positions.shift(pages - expected);
            expected = pages;
        }
    }

    private static String frontHtml(ReportDocument document, SectionNumbers numbers, AnchorPositions positions,
            boolean placeholders) {
        Map<String, String> pages = new HashMap<>();
        collectPages(document.sections(), positions, placeholders, pages);
        return HtmlReportWriter.writePart(document, numbers, ReportPart.front(pages));
    }

    private static void collectPages(List<Section> sections, AnchorPositions positions, boolean placeholders,
            Map<String, String> pages) {
        for (Section section : sections) {
            pages.put(section.anchor(), placeholders ? PAGE_PLACEHOLDER
                    : positions.of(section.anchor()).map(at -> Integer.toString(at.page() + 1)).orElse(""));
            collectPages(section.subsections(), positions, placeholders, pages);
        }
    }

    private void finish(PDDocument pdf, ReportDocument document, ReportSource source) throws IOException {
        Calendar date = reportDate(document);
        fixInformation(pdf, document, date);
        if (archival()) {
            if (source.model().isPresent()) {
                AttachedModel.attach(pdf, source.model().get(), source.analysisName(), date);
            }
            replaceMetadata(pdf, document, source);
        }
    }

    private static Calendar reportDate(ReportDocument document) {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.clear();
        date.setTimeInMillis(document.title().date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return date;
    }

    private static void fixInformation(PDDocument pdf, ReportDocument document, Calendar date) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setTitle(ArchivalMetadata.storable(document.title().name()));
        info.setSubject(ReportMessages.get("report.subtitle"));
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        pdf.setDocumentInformation(info);
        pdf.setDocumentId(date.getTimeInMillis());
    }

    /**
     * openhtmltopdf's XMP packet carries the time of rendering; this one carries the report date and the report's
     * source, and matches the document information as PDF/A requires.
     */
    private static void replaceMetadata(PDDocument pdf, ReportDocument document, ReportSource source)
            throws IOException {
        byte[] xmp = ArchivalMetadata.write(document.title().name(), ReportMessages.get("report.subtitle"), LANGUAGE,
                document.title().date(), PartRenderer.CONFORMANCE.getConformanceValue(), source);
        PDMetadata metadata = new PDMetadata(pdf, new ByteArrayInputStream(xmp));
        pdf.getDocumentCatalog().setMetadata(metadata);
    }
}
