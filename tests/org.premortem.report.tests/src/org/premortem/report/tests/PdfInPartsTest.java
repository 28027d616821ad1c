/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.core.report.ReportInput;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.report.pdf.PdfReportExporter;

/**
 * The PDF is laid out in parts and joined; here the example is cut into parts of a few lines (dozens of parts, most
 * sections and tables cut across two or more), and what a reader relies on must hold across every joint: page numbers,
 * the contents' page numbers, the outline, every link, the same bytes for the same model and date. The joined report
 * is left in {@code target/conformance/} for veraPDF (PDF/UA-1, PDF/A-3a) too.
 */
class PdfInPartsTest {

    /** Small enough that the example's report is cut into dozens of parts. */
    private static final int TINY_PARTS = 40;
    /** Parts in which a row of more than 40 lines (156 runs in its fullest cell) is cut. */
    private static final int SMALL_PARTS = 160;

    private static final Pattern DISPLAY_ID = Pattern.compile("[A-Z]+-[0-9][0-9.]*[0-9]|[A-Z]+-[0-9]");

    @TempDir
    static Path folder;

    private static Path pdf;
    private static Path whole;

    @BeforeAll
    static void export() throws Exception {
        pdf = exportInParts(TINY_PARTS, folder.resolve("tiny"));
        whole = Reports.export("pdf", Reports.example(), Files.createDirectories(folder.resolve("whole"))).get(0);
        Files.createDirectories(ArchivalPdfTest.CONFORMANCE);
        Files.copy(pdf, ArchivalPdfTest.CONFORMANCE.resolve("dynamodb-dns-in-parts.pdf"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path exportInParts(int weight, Path into) throws Exception {
        Files.createDirectories(into);
        return new PdfReportExporter(weight).export(ReportInput.of(Reports.example(), Reports.DATE), into, "report")
                .get(0);
    }

    @Test
    void everyPageIsNumberedOfTheWhole() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                assertTrue(pageText(document, page).contains("Page " + page + " of " + pages), "page " + page);
            }
            assertFalse(pageText(document, 1).contains("Premortem STPA report"), "no running head on page 1");
            assertTrue(pageText(document, 2).contains("Premortem STPA report"), "running head on page 2");
        }
    }

    /** Each bookmark opens the page its section's heading is on, and the contents give that same page. */
    @Test
    void theOutlineAndTheContentsGiveTheHeadingsPages() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String contents = normalised(pageText(document, 1) + pageText(document, 2));
            List<PDOutlineItem> items = new ArrayList<>();
            collect(document.getDocumentCatalog().getDocumentOutline(), items);
            assertTrue(items.size() > 20, "bookmarks: " + items.size());
            int sections = 0;
            for (PDOutlineItem item : items) {
                int page = pageOf(document, item);
                String title = normalised(item.getTitle());
                assertTrue(normalised(pageText(document, page)).contains(title), title + " is on page " + page);
                if (title.matches("\\d+(\\.\\d+)* .*")) {
                    sections++;
                    Matcher listed = Pattern.compile(Pattern.quote(title) + " (\\d+)").matcher(contents);
                    assertTrue(listed.find(), title + " is in the contents with a page: " + contents);
                    assertEquals(page, Integer.parseInt(listed.group(1)), "the contents' page of " + title);
                }
            }
            assertTrue(sections > 20, "sections: " + sections);
        }
    }

    @Test
    void theOutlineIsTheOneOfTheReportInOnePart() throws Exception {
        try (PDDocument parts = Loader.loadPDF(pdf.toFile()); PDDocument one = Loader.loadPDF(whole.toFile())) {
            assertEquals(titles(one), titles(parts));
        }
    }

    /**
     * Every link of the joined PDF goes to a place in it, and the page it opens shows what the link says (a link
     * reading UCA-3 opens the page where UCA-3 is defined); none is left pointing at the placeholder of a link to
     * another part, and none is lost: there are as many as in the report laid out in one part.
     */
    @Test
    void everyLinkGoesWhereItsTargetIs() throws Exception {
        try (PDDocument parts = Loader.loadPDF(pdf.toFile()); PDDocument one = Loader.loadPDF(whole.toFile())) {
            List<PDAnnotationLink> links = links(parts);
            assertEquals(links(one).size(), links.size(), "links in parts and in one part");
            assertTrue(links.size() > 300, "links: " + links.size());
            for (PDAnnotationLink link : links) {
                PDActionGoTo action = assertInstanceOf(PDActionGoTo.class, link.getAction(), link.getContents());
                PDPageXYZDestination destination = assertInstanceOf(PDPageXYZDestination.class,
                        action.getDestination());
                int page = parts.getPages().indexOf(destination.getPage()) + 1;
                assertTrue(page >= 1, link.getContents() + " opens a page of the document");
                String label = normalised(link.getContents());
                Matcher id = DISPLAY_ID.matcher(label);
                if (label.matches("\\d+(\\.\\d+)* .*\\D\\d+")) {
                    // An entry of the contents reads its section's number and title, then its page.
                    label = label.replaceFirst("\\d+$", "");
                } else if (id.find()) {
                    // A link to an element reads its display id, sometimes bracketed ("[H-1]").
                    label = id.group();
                }
                assertTrue(normalised(pageText(parts, page)).contains(label),
                        "the link " + label + " opens page " + page + ", which shows it");
            }
        }
    }

    /**
     * A row with more in a cell than a part may hold goes on in rows of its own, none of it lost: here the scenarios
     * of one class (120 more of them, a cell of 240 runs; in parts of 160 lines a row keeps at most 156) and those
     * without requirements; at 100k UCAs such a cell has tens of thousands of links, and as one row it filled a part
     * that did not fit in the heap.
     */
    @Test
    void aRowTooHeavyForAPartIsCutWithoutLosingALink() throws Exception {
        Analysis analysis = Reports.example();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            LossScenario scenario = StpaFactory.eINSTANCE.createLossScenario();
            scenario.setId("extra-scenario-" + i);
            scenario.setDisplayId("LS-" + (900 + i));
            scenario.setScenarioClass(ScenarioClass.CONTROL_PATH);
            scenario.setText("An extra scenario of the control path, number " + i + ".");
            analysis.getLossScenarios().add(scenario);
            added.add(scenario.getDisplayId());
        }
        Path into = Files.createDirectories(folder.resolve("heavy-row"));
        Path parts = new PdfReportExporter(SMALL_PARTS).export(ReportInput.of(analysis, Reports.DATE), into, "report")
                .get(0);
        try (PDDocument document = Loader.loadPDF(parts.toFile())) {
            List<String> linked = new ArrayList<>();
            for (PDAnnotationLink link : links(document)) {
                String label = normalised(link.getContents());
                if (added.contains(label)) {
                    linked.add(label);
                    PDActionGoTo action = assertInstanceOf(PDActionGoTo.class, link.getAction(), label);
                    PDPageXYZDestination destination = assertInstanceOf(PDPageXYZDestination.class,
                            action.getDestination());
                    int page = document.getPages().indexOf(destination.getPage()) + 1;
                    assertTrue(normalised(pageText(document, page)).contains(label), label + " opens its page");
                }
            }
            // Each is linked twice, in order: from the scenarios of its class, and from the coverage's scenarios
            // without requirements (another cell of more than 240 runs).
            List<String> twice = new ArrayList<>(added);
            twice.addAll(added);
            assertEquals(twice, linked);
        }
    }

    /** The parts' structure trees are one: the Document holds the report's elements, not one Part per part. */
    @Test
    void theStructureTreeIsOneDocument() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            COSDictionary root = (COSDictionary) document.getDocumentCatalog().getStructureTreeRoot().getK();
            assertEquals(COSName.DOCUMENT, root.getCOSName(COSName.S));
            COSArray kids = root.getCOSArray(COSName.K);
            for (int i = 0; i < kids.size(); i++) {
                COSDictionary kid = (COSDictionary) kids.getObject(i);
                assertFalse(COSName.PART.equals(kid.getCOSName(COSName.S)), "no Part at " + i);
                assertEquals(root, kid.getCOSDictionary(COSName.P), "the Document is the parent of kid " + i);
            }
        }
    }

    @Test
    void theSameModelAndDateGiveTheSameBytes() throws Exception {
        Path again = exportInParts(TINY_PARTS, folder.resolve("again"));
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(again));
    }

    private static List<PDAnnotationLink> links(PDDocument document) throws IOException {
        List<PDAnnotationLink> links = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    links.add(link);
                }
            }
        }
        return links;
    }

    private static List<String> titles(PDDocument document) {
        List<PDOutlineItem> items = new ArrayList<>();
        collect(document.getDocumentCatalog().getDocumentOutline(), items);
        return items.stream().map(PDOutlineItem::getTitle).toList();
    }

    private static void collect(PDOutlineNode node, List<PDOutlineItem> into) {
        for (PDOutlineItem item : node.children()) {
            into.add(item);
            collect(item, into);
        }
    }

    private static int pageOf(PDDocument document, PDOutlineItem item) throws IOException {
        PDPageXYZDestination destination = assertInstanceOf(PDPageXYZDestination.class, item.getDestination(),
                item.getTitle());
        return document.getPages().indexOf(destination.getPage()) + 1;
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
