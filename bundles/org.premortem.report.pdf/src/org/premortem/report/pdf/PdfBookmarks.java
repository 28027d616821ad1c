/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.util.List;

import org.premortem.report.ReportMessages;
import org.premortem.report.doc.ReportDocument;
import org.premortem.report.doc.Section;
import org.premortem.report.doc.SectionNumbers;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Adds the PDF outline to the HTML DOM before rendering: openhtmltopdf turns {@code <bookmarks>} in the head into PDF
 * bookmarks, one per section, nested like the sections. Only the PDF's copy of the page gets it.
 */
final class PdfBookmarks {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private PdfBookmarks() {
    }

    static void insert(Document dom, ReportDocument document) {
        Element head = (Element) dom.getElementsByTagNameNS(XHTML, "head").item(0);
        Element bookmarks = dom.createElementNS(XHTML, "bookmarks");
        head.appendChild(bookmarks);
        add(dom, bookmarks, document.title().name(), "s-title");
        add(dom, bookmarks, ReportMessages.get("toc.title"), "s-contents");
        SectionNumbers numbers = new SectionNumbers(document);
        addAll(dom, bookmarks, document.sections(), numbers);
    }

    private static void addAll(Document dom, Element parent, List<Section> sections, SectionNumbers numbers) {
        for (Section section : sections) {
            Element bookmark = add(dom, parent, numbers.of(section) + " " + section.title(), section.anchor());
            addAll(dom, bookmark, section.subsections(), numbers);
        }
    }

    private static Element add(Document dom, Element parent, String name, String anchor) {
        Element bookmark = dom.createElementNS(XHTML, "bookmark");
        bookmark.setAttribute("name", name);
        bookmark.setAttribute("href", "#" + anchor);
        parent.appendChild(bookmark);
        return bookmark;
    }
}
