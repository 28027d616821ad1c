/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.core.synthetic.SyntheticAnalysis;

/**
 * How densely the PDF is set, on a synthetic analysis whose tables run over many pages: a page a table goes on from is
 * filled to its foot, and the text is drawn letter by letter, without ligatures.
 */
class PdfLayoutTest {

    private static final int UCAS = 60;
    /** Points in a millimetre. */
    private static final float MM = 72f / 25.4f;
    /** The page's bottom margin (18 mm), where the page number is, is not the body. */
    private static final float BOTTOM_MARGIN = 18 * MM;
    /** The running head, in the top margin (20 mm). */
    private static final float TOP_MARGIN = 20 * MM;

    @TempDir
    static Path folder;

    private static List<Page> pages;
    /** What each object of the file is, by its Type (or S, for a dictionary without one) or its class. */
    private static List<String> objects;

    /** A page's body: its lines from the top, each with the distance of its baseline from the top of the page. */
    private record Page(float height, List<String> lines, List<Float> baselines, List<String> glyphs) {
        String first() {
            return lines.isEmpty() ? "" : lines.get(0);
        }

        float lowest() {
            return baselines.isEmpty() ? 0 : baselines.get(baselines.size() - 1);
        }
    }

    @BeforeAll
    static void export() throws Exception {
        Path pdf = Reports.export("pdf", SyntheticAnalysis.generate(UCAS, 1), folder).get(0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                pages.add(read(document, page));
            }
            objects = new ArrayList<>();
            COSDocument file = document.getDocument();
            for (COSObjectKey key : new ArrayList<>(file.getXrefTable().keySet())) {
                objects.add(kind(file.getObjectFromPool(key).getObject()));
            }
        }
    }

    /**
     * A page from which a table goes on (the next page starts with the same header row) ends less than 3 cm above the
     * bottom margin: each row is kept whole, so a row's height may be left, not more. (When the rows of a table
     * inherited the 4.5 cm a table needs to start on a page, every such page ended 4.5 cm early.)
     */
    @Test
    void aPageATableGoesOnFromIsFilledToItsFoot() {
        int checked = 0;
        for (int i = 1; i + 1 < pages.size(); i++) {
            Page page = pages.get(i);
            Page next = pages.get(i + 1);
            if (page.first().isEmpty() || !page.first().equals(next.first())) {
                continue;
            }
            checked++;
            float limit = page.height() - BOTTOM_MARGIN - 30 * MM;
            assertTrue(page.lowest() > limit, "page " + (i + 1) + " ends " + (page.height() - BOTTOM_MARGIN
                    - page.lowest()) / MM + " mm above its bottom margin; it starts with " + page.first());
        }
        assertTrue(checked > 5, "pages a table goes on from: " + checked);
    }

    /**
     * Every glyph shows one letter: the font's substitutions (ligatures such as "fi") are not applied, which made
     * drawing the text slow and the text harder to search.
     */
    @Test
    void theTextIsDrawnWithoutLigatures() {
        boolean sawFi = false;
        for (Page page : pages) {
            for (String glyph : page.glyphs()) {
                assertFalse(glyph.codePoints().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06), "a ligature: " + glyph);
            }
            sawFi |= String.join("", page.glyphs()).contains("fi");
        }
        assertTrue(sawFi, "the report has an f followed by an i");
    }

    /**
     * A page takes a few hundred objects, not a thousand: the small dictionaries no reader reaches on their own —
     * marked-content property lists (an artifact's, for every background and border), the structure tree's object
     * and marked-content references, links' actions and border styles — are written inside what holds them. Each an
     * object, they made the PDF of 100,000 UCAs 40 million objects, more than PDF readers open.
     */
    @Test
    void smallDictionariesAreNotObjectsOfTheirOwn() {
        List<String> inside = List.of("Background", "Pagination", "Layout", "OBJR", "MCR", "Action", "S");
        for (String kind : inside) {
            assertFalse(objects.contains(kind), kind + " is an object of its own");
        }
        assertTrue(objects.size() < 400 * pages.size(), objects.size() + " objects for " + pages.size() + " pages");
        assertTrue(objects.contains("StructElem") && objects.contains("Annot"),
                "tagged, with links: " + objects.size());
    }

    private static String kind(COSBase object) {
        if (object instanceof COSDictionary dictionary && !(object instanceof COSStream)) {
            COSName type = dictionary.getCOSName(COSName.TYPE);
            if (type != null) {
                return type.getName();
            }
            COSName s = dictionary.getCOSName(COSName.S);
            return s == null ? "dictionary" : s.getName();
        }
        return object == null ? "null" : object.getClass().getSimpleName();
    }

    private static Page read(PDDocument document, int number) throws IOException {
        float height = document.getPage(number - 1).getMediaBox().getHeight();
        List<String> lines = new ArrayList<>();
        List<Float> baselines = new ArrayList<>();
        List<String> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (positions.isEmpty()) {
                    return;
                }
                float baseline = positions.get(0).getYDirAdj();
                if (baseline < TOP_MARGIN || baseline > height - BOTTOM_MARGIN) {
                    return;
                }
                positions.forEach(position -> glyphs.add(position.getUnicode()));
                if (!baselines.isEmpty() && Math.abs(baselines.get(baselines.size() - 1) - baseline) < 1) {
                    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + text);
                } else {
                    lines.add(text);
                    baselines.add(baseline);
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        stripper.getText(document);
        return new Page(height, lines, baselines, glyphs);
    }
}
