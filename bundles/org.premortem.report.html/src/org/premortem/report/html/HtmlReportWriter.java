/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

    /** The class of the contents' page numbers, written only in a page of a report in parts. */
    public static final String CONTENTS_PAGE = "page";

    private final ReportDocument document;
    private final SectionNumbers numbers;
    private final Html html = new Html();

    private HtmlReportWriter(ReportDocument document, SectionNumbers numbers) {
        this.document = document;
        this.numbers = numbers;
    }

    public static String write(ReportDocument document) {
        Objects.requireNonNull(document, "document");
        return new HtmlReportWriter(document, new SectionNumbers(document)).page();
    }

    /**
     * One page of the report written in parts (which the PDF exporter renders one at a time and joins): the same
     * head and styles, then the part's front matter or section slices. {@code numbers} are the whole report's.
     */
    public static String writePart(ReportDocument document, SectionNumbers numbers, ReportPart part) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(part, "part");
        HtmlReportWriter writer = new HtmlReportWriter(document, Objects.requireNonNull(numbers, "numbers"));
        writer.head();
        if (part.frontMatter()) {
            writer.titleBlock(document.title());
            writer.contents(part.contentsPages());
        } else {
            writer.html.open("main").newline();
            HtmlBlocks blocks = new HtmlBlocks(writer.html, part.firstFigure());
            for (SectionSlice slice : part.slices()) {
                writer.slice(slice, blocks);
            }
            writer.html.close("main").newline();
        }
        writer.end(part.last());
        return writer.html.toString();
    }

    private String page() {
        head();
        titleBlock(document.title());
        contents(Map.of());
        html.open("main").newline();
        HtmlBlocks blocks = new HtmlBlocks(html, 1);
        for (Section section : document.sections()) {
            section(section, 2, blocks);
        }
        html.close("main").newline();
        end(true);
        return html.toString();
    }

    private void end(boolean footer) {
        if (footer) {
            html.element("footer", ReportMessages.get("report.generator") + " \u00b7 "
                    + document.title().date(), "class", "generator").newline();
        }
        html.close("body").newline();
        html.close("html").newline();
    }

    private void head() {
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

    private void contents(Map<String, String> pages) {
        html.open("nav", "class", pages.isEmpty() ? "toc" : "toc paged", "id", "s-contents").newline();
        html.element("h2", ReportMessages.get("toc.title")).newline();
        tocList(document.sections(), pages);
        html.close("nav").newline();
    }

    private void tocList(List<Section> sections, Map<String, String> pages) {
        html.open("ol").newline();
        for (Section section : sections) {
            html.open("li");
            html.open("a", "href", "#" + section.anchor());
            html.element("span", numbers.of(section), "class", "num").text(" " + section.title());
            String page = pages.get(section.anchor());
            if (page != null) {
                html.element("span", page, "class", CONTENTS_PAGE);
            }
            html.close("a");
            if (!section.subsections().isEmpty()) {
                html.newline();
                tocList(section.subsections(), pages);
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

    private void slice(SectionSlice slice, HtmlBlocks blocks) {
        if (slice.first()) {
            String heading = "h" + Math.min(slice.level(), 6);
            html.open("section", "id", slice.section().anchor(), "class", "level-" + slice.level()).newline();
            html.open(heading).element("span", numbers.of(slice.section()), "class", "num")
                    .text(" " + slice.section().title()).close(heading).newline();
        } else {
            html.open("section", "class", "level-" + slice.level() + " continued").newline();
        }
        blocks.write(slice.blocks());
        for (SectionSlice subsection : slice.subsections()) {
            slice(subsection, blocks);
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
