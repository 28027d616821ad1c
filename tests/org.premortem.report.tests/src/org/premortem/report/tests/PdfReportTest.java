/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.UnsafeControlAction;

/** The PDF report of the example: A4 pages, extractable text with every UCA and its hazards, bookmarks. */
class PdfReportTest {

    @TempDir
    static Path folder;

    private static Analysis analysis;
    private static Path pdf;
    private static String text;

    @BeforeAll
    static void export() throws Exception {
        analysis = Reports.example();
        pdf = Reports.export("pdf", analysis, folder).get(0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
    }

    /**
     * Text extracted in reading order; in the traceability table each UCA's row starts with the UCA and its hazards
     * ("UCA-3 H-1"), which shows the pairs survive into the PDF as text.
     */
    @Test
    void everyUcaIsThereWithItsHazards() throws Exception {
        String sorted;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            sorted = stripper.getText(document);
        }
        Map<String, String> rows = new HashMap<>();
        Pattern row = Pattern.compile("^(UCA-\\d+) (H-[0-9.]+(?:, H-[0-9.]+)*)(?: |$)");
        for (String line : sorted.lines().map(String::strip).toList()) {
            Matcher matcher = row.matcher(line);
            if (matcher.find()) {
                rows.put(matcher.group(1), matcher.group(2));
            }
        }
        for (UnsafeControlAction uca : analysis.getUnsafeControlActions()) {
            assertTrue(text.contains(uca.getDisplayId()), uca.getDisplayId() + " is in the PDF's text");
            String hazards = String.join(", ", uca.getHazards().stream().map(Hazard::getDisplayId).toList());
            assertEquals(hazards, rows.get(uca.getDisplayId()), uca.getDisplayId() + "'s hazards, in " + rows);
        }
    }

    @Test
    void pagesAreA4AndNumbered() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 3, "pages: " + pages);
            PDRectangle size = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), size.getWidth(), 1);
            assertEquals(PDRectangle.A4.getHeight(), size.getHeight(), 1);
            assertTrue(text.contains("Page 1 of " + pages) && text.contains("Page " + pages + " of " + pages));
            assertEquals(analysis.getName(), document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void bookmarksFollowTheSections() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertNotNull(document.getDocumentCatalog().getDocumentOutline(), "the PDF has an outline");
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertTrue(titles.containsAll(List.of("2 Losses", "3 Hazards", "7 Unsafe control actions",
                    "12 Coverage")), titles.toString());
        }
    }

    @Test
    void theDiagramIsVectorGraphicsNotAnImage() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    assertTrue(!(page.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject), "no raster image");
                }
            }
        }
        assertTrue(text.contains("Figure 1: CS-1: DynamoDB DNS management"));
    }

    @Test
    void theSameModelAndDateGiveTheSameBytes(@TempDir Path again) throws Exception {
        Path second = Reports.export("pdf", analysis, again).get(0);
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(second));
    }
}
