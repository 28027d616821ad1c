/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.text.markdown;

import java.util.List;
import java.util.Map;

import org.premortem.report.ReportMessages;
import org.premortem.report.doc.Block;
import org.premortem.report.doc.Inline;
import org.premortem.report.doc.ReportDocument;
import org.premortem.report.doc.Section;
import org.premortem.report.doc.SectionNumbers;
import org.premortem.report.doc.TitleBlock;

/**
 * Writes a report as GitHub-flavoured Markdown: numbered headings with {@code <a id>} anchors (the same as the HTML
 * report's, so links read alike), pipe tables, diagrams as images of the SVG files written beside it.
 */
final class MarkdownWriter {

    private final ReportDocument document;
    private final SectionNumbers numbers;
    private final Map<Block.Figure, String> figureFiles;
    private final StringBuilder out = new StringBuilder(128 * 1024);
    private int figures;

    MarkdownWriter(ReportDocument document, Map<Block.Figure, String> figureFiles) {
        this.document = document;
        this.numbers = new SectionNumbers(document);
        this.figureFiles = figureFiles;
    }

    String write() {
        TitleBlock title = document.title();
        out.append("<a id=\"s-title\"></a>\n\n# ").append(MarkdownText.escape(title.name())).append("\n\n");
        out.append('*').append(MarkdownText.escape(ReportMessages.get("report.subtitle"))).append("*\n\n");
        if (!title.description().isBlank()) {
            out.append(MarkdownText.paragraph(MarkdownText.escape(title.description()))).append("\n\n");
        }
        out.append("| | |\n|---|---|\n");
        out.append("| ").append(MarkdownText.escape(ReportMessages.get("title.formatVersion"))).append(" | ")
                .append(MarkdownText.escape(title.formatVersion())).append(" |\n");
        out.append("| ").append(MarkdownText.escape(ReportMessages.get("title.date"))).append(" | ")
                .append(title.date()).append(" |\n\n");
        out.append("<a id=\"s-contents\"></a>\n\n## ").append(MarkdownText.escape(ReportMessages.get("toc.title")))
                .append("\n\n");
        toc(document.sections(), 0);
        out.append('\n');
        for (Section section : document.sections()) {
            section(section, 2);
        }
        out.append("---\n\n*").append(MarkdownText.escape(ReportMessages.get("report.generator"))).append("*\n");
        return out.toString();
    }

    private void toc(List<Section> sections, int depth) {
        for (Section section : sections) {
            out.append("  ".repeat(depth)).append("- [").append(numbers.of(section)).append(' ')
                    .append(MarkdownText.escape(section.title())).append("](#")
                    .append(MarkdownText.anchor(section.anchor())).append(")\n");
            toc(section.subsections(), depth + 1);
        }
    }

    private void section(Section section, int level) {
        out.append("<a id=\"").append(MarkdownText.anchor(section.anchor())).append("\"></a>\n\n")
                .append("#".repeat(Math.min(level, 6))).append(' ').append(numbers.of(section)).append(' ')
                .append(MarkdownText.escape(section.title())).append("\n\n");
        for (Block block : section.blocks()) {
            block(block);
        }
        for (Section subsection : section.subsections()) {
            section(subsection, level + 1);
        }
    }

    private void block(Block block) {
        switch (block) {
            case Block.Paragraph p -> out.append(MarkdownText.paragraph(inline(p.content()))).append("\n\n");
            case Block.ItemList l -> {
                for (List<Inline> item : l.items()) {
                    out.append("- ").append(inline(item)).append('\n');
                }
                out.append('\n');
            }
            case Block.Table t -> table(t);
            case Block.Figure f -> {
                figures++;
                String caption = ReportMessages.get("text.figure", figures, f.caption());
                out.append("<a id=\"").append(MarkdownText.anchor(f.anchor())).append("\"></a>\n\n![")
                        .append(MarkdownText.escape(caption)).append("](").append(MarkdownText.fileLink(figureFiles.get(f)))
                        .append(")\n\n*").append(MarkdownText.escape(caption)).append("*\n\n");
            }
        }
    }

    private void table(Block.Table table) {
        out.append('|');
        for (String header : table.header()) {
            out.append(' ').append(MarkdownText.escape(header)).append(" |");
        }
        out.append("\n|");
        out.append("---|".repeat(table.header().size())).append('\n');
        for (Block.Row row : table.rows()) {
            out.append('|');
            for (int i = 0; i < row.cells().size(); i++) {
                out.append(' ');
                if (i == 0 && row.anchor().isPresent()) {
                    out.append("<a id=\"").append(MarkdownText.anchor(row.anchor().get())).append("\"></a>");
                }
                out.append(inline(row.cells().get(i))).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private String inline(List<Inline> content) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : content) {
            switch (inline) {
                case Inline.Text t -> {
                    String escaped = MarkdownText.escape(t.text());
                    if (escaped.isBlank() || t.style() == Inline.Style.PLAIN) {
                        text.append(escaped);
                    } else {
                        String mark = t.style() == Inline.Style.STRONG ? "**" : "*";
                        text.append(mark).append(escaped).append(mark);
                    }
                }
                case Inline.Link l -> text.append('[').append(MarkdownText.escape(l.text())).append("](#")
                        .append(MarkdownText.anchor(l.anchor())).append(')');
                case Inline.Target t -> text.append("<a id=\"").append(MarkdownText.anchor(t.anchor()))
                        .append("\"></a>").append(inline(t.content()));
                case Inline.LineBreak b -> text.append("<br>");
                case Inline.Unbroken u -> text.append(inline(u.content()));
            }
        }
        return text.toString();
    }
}
