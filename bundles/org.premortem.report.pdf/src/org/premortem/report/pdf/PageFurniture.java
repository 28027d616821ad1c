/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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
 * colour, as pagination artifacts (not content, for PDF/UA), once the number of pages is known. The first page has no
 * running head.
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

    /**
     * The furniture of the pages of one PDF, drawn in {@code fontFile} (DejaVu Sans, subset to what the furniture
     * shows) or, without it, Helvetica; the font lives in {@code scratch}, a document of its own, until written.
     */
    static JoinedPdf.Furniture of(PDDocument scratch, Optional<Path> fontFile) throws IOException {
        PDFont font = fontFile.isPresent() ? PDType0Font.load(scratch, fontFile.get().toFile())
                : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        String head = ReportMessages.get("pdf.runningHead");
        return new JoinedPdf.Furniture() {
            @Override
            public void use(int number, int total) {
                if (font.willBeSubset()) {
                    String shown = (number > 1 ? head : "") + footer(number, total);
                    shown.codePoints().forEach(font::addToSubset);
                }
            }

            @Override
            public byte[] content(COSName fontName, int number, int total, PDRectangle box) throws IOException {
                StringBuilder content = new StringBuilder("Q\n/Artifact <</Type /Pagination>> BDC\n");
                content.append(number(GREY[0])).append(' ').append(number(GREY[1])).append(' ')
                        .append(number(GREY[2])).append(" rg\n");
                if (number > 1) {
                    float width = font.getStringWidth(head) / 1000 * SIZE;
                    text(content, fontName, head, box.getUpperRightX() - RIGHT_MARGIN - width,
                            box.getUpperRightY() - HEAD_FROM_TOP);
                }
                String footer = footer(number, total);
                float width = font.getStringWidth(footer) / 1000 * SIZE;
                text(content, fontName, footer, box.getLowerLeftX() + (box.getWidth() - width) / 2,
                        box.getLowerLeftY() + FOOT_FROM_BOTTOM);
                content.append("EMC\n");
                return content.toString().getBytes(StandardCharsets.US_ASCII);
            }

            private void text(StringBuilder content, COSName fontName, String text, float x, float y)
                    throws IOException {
                content.append("BT\n/").append(fontName.getName()).append(' ').append(number(SIZE)).append(" Tf\n")
                        .append(number(x)).append(' ').append(number(y)).append(" Td\n<");
                for (byte b : font.encode(text)) {
                    content.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
                }
                content.append("> Tj\nET\n");
            }

            @Override
            public COSDictionary font() throws IOException {
                if (font.willBeSubset()) {
                    font.subset();
                }
                return font.getCOSObject();
            }
        };
    }

    private static String footer(int number, int total) {
        return ReportMessages.get("pdf.pageNumber", number, total);
    }

    /** A number for a content stream: at most three decimals, no exponent, the same in every locale. */
    private static String number(float value) {
        return new BigDecimal(Float.toString(value)).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
