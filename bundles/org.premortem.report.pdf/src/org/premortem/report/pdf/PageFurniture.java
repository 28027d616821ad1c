/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.premortem.report.ReportMessages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The running head and the page numbers ("Page 3 of 120") of a report rendered in parts: each part would number its
 * own pages, so the parts are rendered without them and the joined PDF gets them here, in the report's font, size and
 * colour, as pagination artifacts (not content, for PDF/UA). The first page has no running head.
 */
final class PageFurniture {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final float SIZE = 7.5f;
    /** #56606b, the report's secondary text colour. */
    private static final float[] GREY = { 0x56 / 255f, 0x60 / 255f, 0x6b / 255f };
    private static final float MM = 72f / 25.4f;
    private static final float RIGHT_MARGIN = 16 * MM;
    /** Baselines: the middle of the top margin (20 mm) and of the bottom margin (18 mm). */
    private static final float HEAD_FROM_TOP = 10 * MM + SIZE / 3;
    private static final float FOOT_FROM_BOTTOM = 9 * MM - SIZE / 3;

    private PageFurniture() {
    }

    /** Takes the page margin boxes out of a part's page: the joined PDF gets them from {@link #stamp}. */
    static void leaveOut(Document dom) {
        Element head = (Element) dom.getElementsByTagNameNS(XHTML, "head").item(0);
        Element style = dom.createElementNS(XHTML, "style");
        style.setTextContent("@page { @top-right { content: none; } @bottom-center { content: none; } }");
        head.appendChild(style);
    }

    static void stamp(PDDocument pdf, Optional<Path> fontFile) throws IOException {
        PDFont font = fontFile.isPresent() ? PDType0Font.load(pdf, fontFile.get().toFile())
                : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        String head = ReportMessages.get("pdf.runningHead");
        int total = pdf.getNumberOfPages();
        int number = 0;
        for (PDPage page : pdf.getPages()) {
            number++;
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream out = new PDPageContentStream(pdf, page, AppendMode.APPEND, true, true)) {
                out.beginMarkedContent(COSName.ARTIFACT, pagination());
                out.setNonStrokingColor(GREY[0], GREY[1], GREY[2]);
                if (number > 1) {
                    float width = font.getStringWidth(head) / 1000 * SIZE;
                    text(out, font, head, box.getUpperRightX() - RIGHT_MARGIN - width,
                            box.getUpperRightY() - HEAD_FROM_TOP);
                }
                String footer = ReportMessages.get("pdf.pageNumber", number, total);
                float width = font.getStringWidth(footer) / 1000 * SIZE;
                text(out, font, footer, box.getLowerLeftX() + (box.getWidth() - width) / 2,
                        box.getLowerLeftY() + FOOT_FROM_BOTTOM);
                out.endMarkedContent();
            }
        }
    }

    private static void text(PDPageContentStream out, PDFont font, String text, float x, float y) throws IOException {
        out.beginText();
        out.setFont(font, SIZE);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private static PDPropertyList pagination() {
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
        return PDPropertyList.create(properties);
    }
}
