/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.html;

import java.util.List;

import org.premortem.diagram.layout.svg.SvgOptions;
import org.premortem.diagram.layout.svg.SvgWriter;
import org.premortem.report.ReportMessages;
import org.premortem.report.doc.Block;
import org.premortem.report.doc.Inline;

/** Writes the blocks of a section: paragraphs, lists, tables, and figures as inline SVG whose shapes link to rows. */
final class HtmlBlocks {

    /** The widest a diagram is drawn, in CSS pixels: the text width of an A4 page with the report's margins. */
    private static final double MAX_DIAGRAM_WIDTH = 680;

    private final Html html;
    private int figures;

    /** @param firstFigure the number of the first figure written (figures are numbered across the report) */
    HtmlBlocks(Html html, int firstFigure) {
        this.html = html;
        this.figures = firstFigure - 1;
    }

    void write(List<Block> blocks) {
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph p -> paragraph(p);
                case Block.ItemList l -> list(l);
                case Block.Table t -> table(t);
                case Block.Figure f -> figure(f);
            }
        }
    }

    private void paragraph(Block.Paragraph paragraph) {
        html.open("p", "class", paragraph.role().isEmpty() ? null : paragraph.role());
        inline(paragraph.content());
        html.close("p").newline();
    }

    private void list(Block.ItemList list) {
        html.open("ul").newline();
        for (List<Inline> item : list.items()) {
            html.open("li");
            inline(item);
            html.close("li").newline();
        }
        html.close("ul").newline();
    }

    private void table(Block.Table table) {
        html.open("div", "class", "table-wrap").newline();
        html.open("table", "class", table.role(), "data-table", table.name()).newline();
        if (!table.caption().isEmpty()) {
            html.element("caption", table.caption());
        }
        html.open("thead").open("tr");
        for (String header : table.header()) {
            html.element("th", header, "scope", "col");
        }
        html.close("tr").close("thead").newline();
        html.open("tbody").newline();
        for (Block.Row row : table.rows()) {
            html.open("tr", "id", row.anchor().orElse(null));
            for (List<Inline> cell : row.cells()) {
                html.open("td");
                inline(cell);
                html.close("td");
            }
            html.close("tr").newline();
        }
        html.close("tbody").newline();
        html.close("table").newline();
        html.close("div").newline();
    }

    private void figure(Block.Figure figure) {
        figures++;
        html.open("figure", "id", figure.anchor(), "class", "diagram").newline();
        SvgOptions options = SvgOptions.inline(figure.anchor() + "-",
                element -> figure.anchors().apply(element).map(anchor -> "#" + anchor), MAX_DIAGRAM_WIDTH);
        html.trusted(SvgWriter.write(figure.layout(), options));
        html.element("p", figure.description(), "class", HtmlReportWriter.DIAGRAM_TEXT).newline();
        html.element("figcaption", ReportMessages.get("text.figure", figures, figure.caption())).newline();
        html.close("figure").newline();
    }

    void inline(List<Inline> content) {
        for (Inline inline : content) {
            switch (inline) {
                case Inline.Text t -> text(t);
                case Inline.Link l -> html.open("a", "href", "#" + l.anchor()).text(l.text()).close("a");
                case Inline.Target t -> {
                    html.open("span", "id", t.anchor(), "class", "target");
                    inline(t.content());
                    html.close("span");
                }
                case Inline.LineBreak b -> html.empty("br");
                case Inline.Unbroken u -> {
                    html.open("span", "class", "unbroken");
                    inline(u.content());
                    html.close("span");
                }
            }
        }
    }

    private void text(Inline.Text text) {
        switch (text.style()) {
            case PLAIN -> html.text(text.text());
            case STRONG -> html.element("strong", text.text());
            case EMPHASIS -> html.element("em", text.text());
        }
    }
}
