/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.premortem.report.doc.Block;
import org.premortem.report.doc.Inline;
import org.premortem.report.doc.ReportDocument;
import org.premortem.report.doc.Section;

/**
 * The anchors of a report that something points at: the sections (contents and outline), the title and contents
 * (outline), and every link's target. The PDF exporter remembers where these are laid out, and nothing else.
 */
final class LinkTargets {

    private final Set<String> anchors = new HashSet<>();

    private LinkTargets() {
    }

    static Set<String> of(ReportDocument document) {
        LinkTargets targets = new LinkTargets();
        targets.anchors.add(PdfOutline.TITLE);
        targets.anchors.add(PdfOutline.CONTENTS);
        targets.sections(document.sections());
        return targets.anchors;
    }

    private void sections(List<Section> sections) {
        for (Section section : sections) {
            anchors.add(section.anchor());
            for (Block block : section.blocks()) {
                block(block);
            }
            sections(section.subsections());
        }
    }

    private void block(Block block) {
        switch (block) {
            case Block.Paragraph p -> inline(p.content());
            case Block.ItemList l -> l.items().forEach(this::inline);
            case Block.Table t -> t.rows().forEach(row -> row.cells().forEach(this::inline));
            case Block.Figure f -> figure(f);
        }
    }

    /** A diagram's shapes link to where each component and connection is described. */
    private void figure(Block.Figure figure) {
        anchors.add(figure.anchor());
        figure.layout().nodes().forEach(node -> figure.anchors().apply(node.component()).ifPresent(anchors::add));
        figure.layout().edges().forEach(edge -> figure.anchors().apply(edge.connection()).ifPresent(anchors::add));
    }

    private void inline(List<Inline> content) {
        for (Inline inline : content) {
            switch (inline) {
                case Inline.Link l -> anchors.add(l.anchor());
                case Inline.Target t -> inline(t.content());
                case Inline.Unbroken u -> inline(u.content());
                case Inline.Text t -> {
                    // no anchor
                }
                case Inline.LineBreak b -> {
                    // no anchor
                }
            }
        }
    }
}
