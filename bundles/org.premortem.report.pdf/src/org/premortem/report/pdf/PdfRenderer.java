/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
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
 * cut into parts ({@link PdfParts}), each laid out on its own ({@link PartRenderer}) and written to the output as soon
 * as it is laid out ({@link JoinedPdf}), structure tree included; then the title block and contents are laid out with
 * the page of every section and written too, first in the page tree and reading order. What the parts cannot know is
 * written at the end: the destinations of links to other parts, the outline ({@link PdfOutline}), the running head
 * and page numbers ({@link PageFurniture}).
 * <p>
 * Everything that would vary between runs is fixed: the creation date is the report date, the document id derives
 * from the document information. With its font embedded the report is a record: tagged for PDF/UA-1 and archival
 * PDF/A-3a with the model file inside (when the analysis can be saved at all, see {@link ReportSource}).
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

    /** More threads than this hold more parts in memory at once for little gain. */
    private static final int MAX_THREADS = 4;

    /**
     * The heap a part may take while it is laid out and until it is written, with its fonts, at the default part
     * weight: measured at 100k UCAs, two parts in flight held some 600 MiB beyond the report's content.
     */
    private static final long HEAP_PER_THREAD = 384L << 20;

    /**
     * The heap the report needs beside its parts, per element of the analysis: the loaded analysis (about 330 bytes
     * an element), the report's content with its queries and diagrams' layouts, the anchors links point at and, as
     * the parts are written, their positions and destinations; about 1 KiB an element measured at 100k UCAs, with
     * half as much again for the findings and what the collector needs to work.
     */
    private static final long HEAP_PER_ELEMENT = 1536;

    private final PdfFonts fonts;
    private final int partWeight;
    private final PartRenderer parts;
    private final int threads;

    /** @param elements how many elements the analysis has (the heap left for the parts depends on it) */
    PdfRenderer(PdfFonts fonts, int partWeight, long elements) {
        this(fonts, partWeight, defaultThreads(elements));
    }

    /** @param threads how many parts are laid out at the same time */
    PdfRenderer(PdfFonts fonts, int partWeight, int threads) {
        this.fonts = fonts;
        this.partWeight = partWeight;
        this.parts = new PartRenderer(fonts);
        this.threads = Math.max(1, threads);
    }

    /**
     * Parts are laid out on as many threads as there are processors (at most {@value #MAX_THREADS}): laying out is
     * most of the time a PDF takes, and parts are independent. But each thread holds a part until it is written, so a
     * thread is given per {@link #HEAP_PER_THREAD} of the heap the report's content leaves ({@link #HEAP_PER_ELEMENT}
     * an element of the analysis): in 128 MiB two threads ran out of memory where one did not, and so did the 100k-UCA
     * report in 2 GiB. {@code -Dpremortem.pdf.threads=N} chooses.
     */
    static int defaultThreads(long elements) {
        Integer chosen = Integer.getInteger("premortem.pdf.threads");
        if (chosen != null) {
            return Math.max(1, chosen);
        }
        long left = Runtime.getRuntime().maxMemory() - elements * HEAP_PER_ELEMENT;
        long heapThreads = Math.max(1, left / HEAP_PER_THREAD);
        return (int) Math.min(Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()), heapThreads);
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
                positions, 0)) {
            frontPages = front.pdf().getNumberOfPages();
        }
        JoinedPdf joined = new JoinedPdf(out);
        int firstPage = frontPages;
        // Each part's rows are made as it is handed to the layout, and dropped once it is written.
        Iterator<ReportPart> bodyParts = PdfParts.split(document, partWeight).stream().map(PdfParts::realized)
                .iterator();
        try (PartsAhead ahead = new PartsAhead(bodyParts, part -> {
            PartRenderer.Rendered rendered = parts.render(HtmlReportWriter.writePart(document, numbers, part),
                    document);
            try {
                rendered.embedded();
                return rendered;
            } catch (IOException | RuntimeException | Error e) {
                rendered.close();
                throw e;
            }
        }, threads)) {
            while (ahead.hasNext()) {
                try (PartRenderer.Rendered rendered = ahead.next()) {
                    rendered.recordAnchors(positions, firstPage);
                    firstPage += joined.addBody(rendered.pdf());
                }
            }
        }
        try (PartRenderer.Rendered front = front(document, numbers, positions, frontPages)) {
            joined.addFront(front.embedded());
        }
        try (PDDocument scratch = new PDDocument()) {
            joined.finish(positions, PageFurniture.of(scratch, fonts.regular()),
                    lastEntries(scratch, document, source, numbers, positions, joined));
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
                    positions, 0);
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

    /**
     * The outline, document information, id and (archival) metadata and model file of the joined PDF, made in
     * {@code scratch}.
     */
    private JoinedPdf.Catalog lastEntries(PDDocument scratch, ReportDocument document, ReportSource source,
            SectionNumbers numbers, AnchorPositions positions, JoinedPdf joined) throws IOException {
        Calendar date = reportDate(document);
        PDDocumentInformation info = information(document, date);
        Map<COSName, COSBase> entries = new LinkedHashMap<>();
        if (archival()) {
            if (source.model().isPresent()) {
                AttachedModel.attach(scratch, source.model().get(), source.analysisName(), date);
                COSDictionary catalog = scratch.getDocumentCatalog().getCOSObject();
                entries.put(COSName.NAMES, catalog.getItem(COSName.NAMES));
                entries.put(COSName.getPDFName("AF"), catalog.getItem(COSName.getPDFName("AF")));
            }
            entries.put(COSName.METADATA, metadata(scratch, document, source).getCOSObject());
        }
        return new JoinedPdf.Catalog(PdfOutline.of(document, numbers, positions, joined::destination), entries,
                info.getCOSObject(), documentId(info, joined.pageCount()));
    }

    private static Calendar reportDate(ReportDocument document) {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.clear();
        date.setTimeInMillis(document.title().date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return date;
    }

    private static PDDocumentInformation information(ReportDocument document, Calendar date) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setTitle(ArchivalMetadata.storable(document.title().name()));
        info.setSubject(ReportMessages.get("report.subtitle"));
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        return info;
    }

    /**
     * The file identifier (both halves the same: there is no earlier version): a digest of the document information
     * and the page count, so that it is the same for the same report and date.
     */
    private static byte[] documentId(PDDocumentInformation info, int pages) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            for (COSName key : info.getCOSObject().keySet()) {
                md5.update(key.getName().getBytes(StandardCharsets.UTF_8));
                md5.update((byte) 0);
                md5.update(String.valueOf(info.getCOSObject().getDictionaryObject(key)).getBytes(
                        StandardCharsets.UTF_8));
                md5.update((byte) 0);
            }
            md5.update(Integer.toString(pages).getBytes(StandardCharsets.US_ASCII));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
    }

    /**
     * openhtmltopdf's XMP packet carries the time of rendering; this one carries the report date and the report's
     * source, and matches the document information as PDF/A requires.
     */
    private static PDMetadata metadata(PDDocument pdf, ReportDocument document, ReportSource source)
            throws IOException {
        byte[] xmp = ArchivalMetadata.write(document.title().name(), ReportMessages.get("report.subtitle"), LANGUAGE,
                document.title().date(), PartRenderer.CONFORMANCE.getConformanceValue(), source);
        return new PDMetadata(pdf, new ByteArrayInputStream(xmp));
    }
}
