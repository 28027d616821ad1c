/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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

    private final List<PDPage> pages;
    private final AnchorPositions positions;
    private final SectionNumbers numbers;

    private PdfOutline(List<PDPage> pages, AnchorPositions positions, SectionNumbers numbers) {
        this.pages = pages;
        this.positions = positions;
        this.numbers = numbers;
    }

    static void add(PDDocument pdf, ReportDocument document, SectionNumbers numbers, AnchorPositions positions) {
        PdfOutline outline = new PdfOutline(CrossPartLinks.pages(pdf), positions, numbers);
        PDDocumentOutline root = new PDDocumentOutline();
        outline.item(root, document.title().name(), TITLE);
        outline.item(root, ReportMessages.get("toc.title"), CONTENTS);
        outline.sections(root, document.sections());
        pdf.getDocumentCatalog().setDocumentOutline(root);
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
        positions.of(anchor).ifPresent(at -> item.setDestination(CrossPartLinks.destination(pages, at)));
        parent.addLast(item);
        return item;
    }
}
