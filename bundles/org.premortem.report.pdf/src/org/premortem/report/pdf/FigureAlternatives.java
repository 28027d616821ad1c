/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.premortem.report.doc.Block;
import org.premortem.report.doc.ReportDocument;
import org.premortem.report.doc.Section;
import org.premortem.report.html.HtmlReportWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Gives each diagram of the PDF's copy of the page its alternative text: openhtmltopdf tags a drawing as a Figure whose
 * text is the {@code alt} attribute of the drawn element, here the control structure in words (components, control
 * actions, feedback). HTML has no {@code alt} on {@code svg}: there a hidden paragraph of the figure says it, which
 * the PDF's copy drops for the {@code alt}.
 */
final class FigureAlternatives {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";

    private FigureAlternatives() {
    }

    static void insert(Document dom, ReportDocument document) {
        Map<String, String> descriptions = new HashMap<>();
        collect(document.sections(), descriptions);
        if (descriptions.isEmpty()) {
            return;
        }
        // Listed once (a live node list is walked again after every change).
        List<Element> figures = PartAnchors.elements(dom).stream()
                .filter(element -> XHTML.equals(element.getNamespaceURI()) && "figure".equals(element.getLocalName()))
                .toList();
        for (Element figure : figures) {
            String description = descriptions.get(figure.getAttribute("id"));
            NodeList drawings = figure.getElementsByTagNameNS(SVG, "svg");
            if (description != null && drawings.getLength() > 0) {
                ((Element) drawings.item(0)).setAttribute("alt", description);
                removeTextParagraphs(figure);
            }
        }
    }

    /** The page's words for screen readers: the Figure's alternative text says them in the PDF. */
    private static void removeTextParagraphs(Element figure) {
        NodeList paragraphs = figure.getElementsByTagNameNS(XHTML, "p");
        for (int i = paragraphs.getLength() - 1; i >= 0; i--) {
            Element paragraph = (Element) paragraphs.item(i);
            if (HtmlReportWriter.DIAGRAM_TEXT.equals(paragraph.getAttribute("class"))) {
                paragraph.getParentNode().removeChild(paragraph);
            }
        }
    }

    private static void collect(List<Section> sections, Map<String, String> descriptions) {
        for (Section section : sections) {
            for (Block block : section.blocks()) {
                if (block instanceof Block.Figure figure) {
                    descriptions.put(figure.anchor(), figure.description());
                }
            }
            collect(section.subsections(), descriptions);
        }
    }
}
