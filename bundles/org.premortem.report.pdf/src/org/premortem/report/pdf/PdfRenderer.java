/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

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
import org.premortem.report.ReportMessages;
import org.premortem.report.doc.ReportDocument;
import org.w3c.dom.Document;

import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders the report's HTML into a PDF. Nothing outside the document is ever loaded (every URI resolves to nothing),
 * and everything that would vary between runs is fixed: the creation date is the report date, the document id
 * derives from it and from the document information.
 */
final class PdfRenderer {

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

    void render(String html, ReportDocument document, OutputStream out) throws IOException {
        Document dom = XhtmlParser.parse(html);
        PdfBookmarks.insert(dom, document);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(dom, "about:blank");
        builder.useUriResolver(NO_EXTERNAL_RESOURCES);
        builder.useExternalResourceAccessControl((uri, type) -> false, null);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withProducer("Premortem");
        fonts.register(builder);
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            try (PDDocument pdf = renderer.getPdfDocument()) {
                fixMetadata(pdf, document);
                pdf.save(out);
            }
        }
    }

    private static void fixMetadata(PDDocument pdf, ReportDocument document) {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.clear();
        date.setTimeInMillis(document.title().date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setTitle(document.title().name());
        info.setSubject(ReportMessages.get("report.subtitle"));
        info.setCreator("Premortem");
        pdf.setDocumentId(date.getTimeInMillis());
    }
}
