/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.premortem.report.ReportMessages;
import org.premortem.report.doc.ReportDocument;
import org.w3c.dom.Document;

import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders the report's HTML into a PDF. Nothing outside the document is ever loaded (every URI resolves to nothing),
 * and everything that would vary between runs is fixed: the creation date is the report date, the document id
 * derives from it and from the document information.
 * <p>
 * With its font embedded the report is a record: tagged for PDF/UA-1 (structure tree, language, title shown in the
 * window) and archival PDF/A-3a (sRGB output intent, XMP metadata naming its source) with the model file inside
 * (when the analysis can be saved at all, see {@link ReportSource}).
 * Without the font, text falls back to the base fonts, which neither standard allows, so the PDF is a plain one.
 */
final class PdfRenderer {

    static final String PRODUCER = "Premortem";
    static final String LANGUAGE = "en";

    private static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_3_A;

    private static final FSUriResolver NO_EXTERNAL_RESOURCES = (baseUri, uri) -> null;

    /** PDFBox reports substituted base fonts at WARNING; a command line should stay quiet. Held so it is not lost. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        PDFBOX_LOG.setLevel(Level.SEVERE);
        XRLog.setLoggingEnabled(false);
    }

    private final PdfFonts fonts;

    PdfRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Whether the PDFs this renderer makes are PDF/UA-1 and PDF/A-3a. */
    boolean archival() {
        return fonts.embedded();
    }

    void render(String html, ReportDocument document, ReportSource source, OutputStream out) throws IOException {
        Document dom = XhtmlParser.parse(html);
        PdfBookmarks.insert(dom, document);
        FigureAlternatives.insert(dom, document);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(dom, "about:blank");
        builder.useUriResolver(NO_EXTERNAL_RESOURCES);
        builder.useExternalResourceAccessControl((uri, type) -> false, null);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withProducer(PRODUCER);
        if (archival()) {
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(CONFORMANCE);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        }
        fonts.register(builder);
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            try (PDDocument pdf = renderer.getPdfDocument()) {
                Calendar date = reportDate(document);
                fixInformation(pdf, document, date);
                if (archival()) {
                    if (source.model().isPresent()) {
                        AttachedModel.attach(pdf, source.model().get(), source.analysisName(), date);
                    }
                    replaceMetadata(pdf, document, source);
                }
                pdf.save(out);
            }
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
                document.title().date(), CONFORMANCE.getConformanceValue(), source);
        PDMetadata metadata = new PDMetadata(pdf, new ByteArrayInputStream(xmp));
        pdf.getDocumentCatalog().setMetadata(metadata);
    }
}
