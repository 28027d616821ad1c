/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report independent of its format: title block and sections of paragraphs, tables and figures, with links between
 * elements by anchor. Every exporter renders this one structure, so all formats carry the same content in the same
 * order.
 */
public record ReportDocument(TitleBlock title, List<Section> sections) {

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }

    /** Every table, in document order. */
    public List<Block.Table> tables() {
        List<Block.Table> tables = new ArrayList<>();
        collect(sections, Block.Table.class, tables);
        return tables;
    }

    /** Every figure, in document order. */
    public List<Block.Figure> figures() {
        List<Block.Figure> figures = new ArrayList<>();
        collect(sections, Block.Figure.class, figures);
        return figures;
    }

    private static <T extends Block> void collect(List<Section> sections, Class<T> type, List<T> into) {
        for (Section section : sections) {
            for (Block block : section.blocks()) {
                if (type.isInstance(block)) {
                    into.add(type.cast(block));
                }
            }
            collect(section.subsections(), type, into);
        }
    }
}
