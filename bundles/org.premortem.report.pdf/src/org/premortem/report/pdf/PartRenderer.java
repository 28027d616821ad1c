/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.premortem.report.doc.ReportDocument;
import org.w3c.dom.Document;

import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * Lays out one part's page (the report's HTML, which is well-formed XML) with openhtmltopdf into a PDF of its own,
 * and records where its anchors are. Nothing outside the document is ever loaded (every URI resolves to nothing).
 * With the font embedded each part is tagged (PDF/UA-1) and archival (PDF/A-3a, sRGB output intent); without it text
 * falls back to the base fonts, which neither standard allows, and the part is a plain PDF.
 */
final class PartRenderer {

    static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_3_A;

    /**
     * Every URI resolves to nothing, but for the placeholders of links to other parts, which must reach the link
     * annotations (they are never loaded: every external access is refused as well).
     */
    private static final FSUriResolver NO_EXTERNAL_RESOURCES = (baseUri, uri) -> uri != null
            && uri.startsWith(PartAnchors.PLACEHOLDER) ? uri : null;

    /** PDFBox reports substituted base fonts at WARNING; a command line should stay quiet. Held so it is not lost. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        PDFBOX_LOG.setLevel(Level.SEVERE);
        XRLog.setLoggingEnabled(false);
    }

    private final PdfFonts fonts;

    PartRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * A laid-out part: its PDF, open until the part is closed. The renderer stays open with it, because the fonts it
     * holds are subset into the PDF only when the PDF is saved.
     */
    static final class Rendered implements Closeable {
        private final PdfBoxRenderer renderer;

        private Rendered(PdfBoxRenderer renderer) {
            this.renderer = renderer;
        }

        PDDocument pdf() {
            return renderer.getPdfDocument();
        }

        /** Records the part's anchors in {@code positions}, its first page being {@code firstPage} of the whole. */
        void recordAnchors(AnchorPositions positions, int firstPage) {
            positions.record(renderer, firstPage);
        }

        /**
         * The PDF with its fonts subset and embedded, ready to be written out: PDFBox subsets the fonts it was asked
         * to only as it saves a document, so they are subset here the way saving does. Should PDFBox not let that be
         * done (its list of fonts to subset is not public), the part is saved once to nowhere instead, which subsets
         * them too but costs as much as writing the part.
         */
        PDDocument embedded() throws IOException {
            PDDocument pdf = renderer.getPdfDocument();
            Optional<Set<PDFont>> fonts = fontsToSubset(pdf);
            if (fonts.isPresent()) {
                // Sorted, so that the order of subsetting (which names the subsets) never depends on hash codes.
                List<PDFont> ordered = new ArrayList<>(fonts.get());
                ordered.sort(Comparator.comparing(PDFont::getName, Comparator.nullsFirst(Comparator.naturalOrder())));
                for (PDFont font : ordered) {
                    font.subset();
                }
                fonts.get().clear();
            } else {
                pdf.save(OutputStream.nullOutputStream(), CompressParameters.NO_COMPRESSION);
            }
            return pdf;
        }

        @Override
        public void close() throws IOException {
            try (renderer) {
                renderer.getPdfDocument().close();
            }
        }
    }

    /** PDDocument's fonts to subset on saving (package-private in PDFBox 3), if it can be reached. */
    @SuppressWarnings("unchecked")
    private static Optional<Set<PDFont>> fontsToSubset(PDDocument pdf) {
        if (FONTS_TO_SUBSET == null) {
            return Optional.empty();
        }
        try {
            return Optional.of((Set<PDFont>) FONTS_TO_SUBSET.invoke(pdf));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final Method FONTS_TO_SUBSET = fontsToSubsetMethod();

    private static Method fontsToSubsetMethod() {
        try {
            Method method = PDDocument.class.getDeclaredMethod("getFontsToSubset");
            method.setAccessible(true);
            return Set.class.isAssignableFrom(method.getReturnType()) ? method : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Lays out the part, its anchors recorded in {@code positions} as from page {@code firstPage} of the joined PDF.
     */
    Rendered render(String html, ReportDocument document, AnchorPositions positions, int firstPage)
            throws IOException {
        Rendered part = render(html, document);
        part.recordAnchors(positions, firstPage);
        return part;
    }

    /**
     * Lays out the part; its anchors are recorded later ({@link Rendered#recordAnchors}), once it is known on which
     * page of the joined PDF it starts. Parts may be laid out at the same time on different threads: each has its
     * own renderer, document and fonts.
     */
    Rendered render(String html, ReportDocument document) throws IOException {
        Document dom = XhtmlParser.parse(html);
        FigureAlternatives.insert(dom, document);
        PartAnchors.prepare(dom);
        PageFurniture.leaveOut(dom);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(dom, "about:blank");
        builder.useUriResolver(NO_EXTERNAL_RESOURCES);
        builder.useExternalResourceAccessControl((uri, type) -> false, null);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withProducer(PdfRenderer.PRODUCER);
        if (fonts.embedded()) {
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(CONFORMANCE);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        }
        fonts.register(builder);
        builder.toStream(OutputStream.nullOutputStream());
        Rendered part = new Rendered(builder.buildPdfRenderer());
        try {
            part.renderer.createPDFWithoutClosing();
            return part;
        } catch (IOException | RuntimeException | Error e) {
            part.close();
            throw e;
        }
    }
}
