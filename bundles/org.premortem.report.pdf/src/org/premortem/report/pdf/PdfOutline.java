/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.util.List;
import java.util.function.Function;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.premortem.report.ReportMessages;
import org.premortem.report.doc.ReportDocument;
import org.premortem.report.doc.Section;
import org.premortem.report.doc.SectionNumbers;

/**
 * The outline (bookmarks) of the joined PDF: the title, the contents and every section, nested like the sections,
 * each opening at its heading. Made once the parts are joined, from where their anchors were laid out, so that a
 * section cut across parts still has one bookmark under its parent.
 */
final class PdfOutline {

    /** The anchors the outline points at besides the sections'. */
    static final String TITLE = "s-title";
    static final String CONTENTS = "s-contents";

    private final Function<AnchorPositions.Position, COSArray> destinations;
    private final AnchorPositions positions;
    private final SectionNumbers numbers;

    private PdfOutline(Function<AnchorPositions.Position, COSArray> destinations, AnchorPositions positions,
            SectionNumbers numbers) {
        this.destinations = destinations;
        this.positions = positions;
        this.numbers = numbers;
    }

    /** The outline's root, its items opening the {@code destinations} of their anchors' positions. */
    static COSDictionary of(ReportDocument document, SectionNumbers numbers, AnchorPositions positions,
            Function<AnchorPositions.Position, COSArray> destinations) {
        PdfOutline outline = new PdfOutline(destinations, positions, numbers);
        PDDocumentOutline root = new PDDocumentOutline();
        outline.item(root, document.title().name(), TITLE);
        outline.item(root, ReportMessages.get("toc.title"), CONTENTS);
        outline.sections(root, document.sections());
        return root.getCOSObject();
    }

    private void sections(PDOutlineNode parent, List<Section> sections) {
        for (Section section : sections) {
            PDOutlineItem item = item(parent, numbers.of(section) + " " + section.title(), section.anchor());
            sections(item, section.subsections());
        }
    }

    private PDOutlineItem item(PDOutlineNode parent, String title, String anchor) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(ArchivalMetadata.storable(title));
        positions.of(anchor).ifPresent(at -> item.getCOSObject().setItem(COSName.DEST, destinations.apply(at)));
        parent.addLast(item);
        return item;
    }
}
