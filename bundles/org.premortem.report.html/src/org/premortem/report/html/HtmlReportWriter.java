/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.premortem.report.ReportMessages;
import org.premortem.report.doc.ReportDocument;
import org.premortem.report.doc.Section;
import org.premortem.report.doc.SectionNumbers;
import org.premortem.report.doc.TitleBlock;

/**
 * Writes a report as one HTML page: title block, table of contents, numbered sections, styles inline (screen and
 * print, including A4 pages with page numbers), diagrams as inline SVG, and no reference to anything outside the
 * file. A content security policy forbids scripts and every external load, as a second line of defence behind the
 * escaping. The page is also well-formed XML, which the PDF exporter renders unchanged.
 */
public final class HtmlReportWriter {

    /**
     * The class of the paragraph in each diagram's figure that says in words what the diagram shows (components,
     * control actions, feedback): read out by screen readers, not shown.
     */
    public static final String DIAGRAM_TEXT = "diagram-text";

    private static final String STYLES = loadStyles();

    private final ReportDocument document;
    private final SectionNumbers numbers;
    private final Html html = new Html();

    private HtmlReportWriter(ReportDocument document) {
        this.document = document;
        this.numbers = new SectionNumbers(document);
    }

    public static String write(ReportDocument document) {
        return new HtmlReportWriter(Objects.requireNonNull(document, "document")).page();
    }

    private String page() {
        TitleBlock title = document.title();
        html.trusted("<!DOCTYPE html>\n");
        html.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en").newline();
        html.open("head").newline();
        html.empty("meta", "charset", "UTF-8").newline();
        html.empty("meta", "http-equiv", "Content-Security-Policy", "content",
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:").newline();
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        html.empty("meta", "name", "generator", "content", "Premortem").newline();
        html.empty("meta", "name", "subject", "content", ReportMessages.get("report.subtitle")).newline();
        html.empty("meta", "name", "date", "content", title.date().toString()).newline();
        html.element("title", title.name() + " \u2014 " + ReportMessages.get("report.subtitle")).newline();
        html.open("style").trusted(STYLES).close("style").newline();
        html.close("head").newline();
        html.open("body").newline();
        titleBlock(title);
        contents();
        html.open("main").newline();
        HtmlBlocks blocks = new HtmlBlocks(html);
        for (Section section : document.sections()) {
            section(section, 2, blocks);
        }
        html.close("main").newline();
        html.element("footer", ReportMessages.get("report.generator") + " \u00b7 " + title.date(), "class",
                "generator").newline();
        html.close("body").newline();
        html.close("html").newline();
        return html.toString();
    }

    private void titleBlock(TitleBlock title) {
        html.open("header", "class", "title-block", "id", "s-title").newline();
        html.element("p", ReportMessages.get("report.subtitle"), "class", "kicker").newline();
        html.element("h1", title.name()).newline();
        if (!title.description().isBlank()) {
            html.element("p", title.description(), "class", "description").newline();
        }
        html.open("table", "class", "meta").open("tbody");
        html.open("tr").element("th", ReportMessages.get("title.formatVersion"), "scope", "row")
                .element("td", title.formatVersion()).close("tr");
        html.open("tr").element("th", ReportMessages.get("title.date"), "scope", "row")
                .element("td", title.date().toString()).close("tr");
        html.close("tbody").close("table").newline();
        html.close("header").newline();
    }

    private void contents() {
        html.open("nav", "class", "toc", "id", "s-contents").newline();
        html.element("h2", ReportMessages.get("toc.title")).newline();
        tocList(document.sections());
        html.close("nav").newline();
    }

    private void tocList(List<Section> sections) {
        html.open("ol").newline();
        for (Section section : sections) {
            html.open("li");
            html.open("a", "href", "#" + section.anchor());
            html.element("span", numbers.of(section), "class", "num").text(" " + section.title());
            html.close("a");
            if (!section.subsections().isEmpty()) {
                html.newline();
                tocList(section.subsections());
            }
            html.close("li").newline();
        }
        html.close("ol").newline();
    }

    private void section(Section section, int level, HtmlBlocks blocks) {
        String heading = "h" + Math.min(level, 6);
        html.open("section", "id", section.anchor(), "class", "level-" + level).newline();
        html.open(heading).element("span", numbers.of(section), "class", "num").text(" " + section.title())
                .close(heading).newline();
        blocks.write(section.blocks());
        for (Section subsection : section.subsections()) {
            section(subsection, level + 1, blocks);
        }
        html.close("section").newline();
    }

    private static String loadStyles() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from " + HtmlReportWriter.class.getName());
            }
            return "\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
