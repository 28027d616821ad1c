/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.model.stpa.Analysis;

/**
 * An analysis whose every text is hostile (markup, attribute break-outs, spreadsheet formulas, Markdown syntax,
 * control characters) exports in every format with nothing executable, nothing formula-like and no markup left: the
 * texts come out as the same visible text.
 */
class PayloadTest {

    private static final Pattern FORMULA = Pattern.compile("^\\s*[=+\\-@\\t\\r\uff1d\uff0b\uff0d\uff20]");

    @TempDir
    static Path folder;

    private static Analysis analysis;

    @BeforeAll
    static void build() {
        analysis = Reports.payload();
    }

    @Test
    void htmlHasNoScriptNoHandlerNoImageAndShowsTheText() throws Exception {
        Path file = Reports.export("html", analysis, folder).get(0);
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Document html = Jsoup.parse(source);
        assertTrue(html.select("script, img, iframe, object, embed, link, base, form").isEmpty(), "no active element");
        for (Element element : html.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), "handler on " + element.tagName());
                assertFalse(attribute.getValue().toLowerCase().contains("javascript:") && attribute.getKey()
                        .contains("href"), "script link");
            }
        }
        assertTrue(html.text().contains("<script>alert('x')</script>"), "the payload is shown as text");
        assertTrue(html.text().contains("\"><img src=x onerror=alert(1)>"), "the break-out is shown as text");
        assertFalse(source.contains("\u0007") || source.contains("\u0000"), "control characters are dropped");
        assertEquals(analysis.getName(), html.selectFirst("h1").text());
    }

    @Test
    void markdownHasNoRawHtmlOrLinksOfTheUsers() throws Exception {
        Path file = Reports.export("md", analysis, folder).get(0);
        String markdown = Files.readString(file, StandardCharsets.UTF_8);
        String withoutOurAnchors = markdown.replaceAll("<a id=\"[A-Za-z0-9._-]+\"></a>", "").replace("<br>", "");
        assertFalse(withoutOurAnchors.contains("<"), "no raw HTML besides our anchors and breaks");
        assertFalse(markdown.contains("](http"), "no link of the user's");
        assertFalse(markdown.contains("\n# heading") || markdown.contains("\n- item"), "no block markup");
        assertTrue(markdown.contains("&lt;script&gt;alert\\('x'\\)&lt;/script&gt;"), "shown as text");
        for (Path svg : Files.list(folder).filter(p -> p.toString().endsWith(".svg")).toList()) {
            assertFalse(Files.readString(svg).contains("<script"), svg.toString());
        }
    }

    @Test
    void csvHasNoFieldThatASpreadsheetWouldEvaluate() throws Exception {
        List<Path> files = Reports.export("csv", analysis, folder);
        int formulas = 0;
        for (Path file : files) {
            for (List<String> record : Csv.read(file)) {
                for (String field : record) {
                    assertFalse(FORMULA.matcher(field).find(), file.getFileName() + ": " + field);
                    if (field.startsWith("'=") || field.startsWith("'+") || field.startsWith("'-")
                            || field.startsWith("'@") || field.startsWith("'  =")) {
                        formulas++;
                    }
                }
            }
        }
        assertTrue(formulas > 5, "the formula payloads were written, neutralised: " + formulas);
    }

    @Test
    void pdfShowsThePayloadAsText() throws Exception {
        Path file = Reports.export("pdf", analysis, folder).get(0);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("<script>alert('x')</script>"), "the payload is text in the PDF");
            assertTrue(pdf.getDocumentCatalog().getOpenAction() == null, "no action runs on open");
        }
    }
}
