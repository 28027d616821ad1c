/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Prepares the anchors and links of one part's page before it is rendered. A link to an anchor in another part would
 * be lost (the renderer only knows its own part), so it becomes a placeholder URI that {@link JoinedPdf} turns
 * into a link to the right page once every part is laid out. And an element whose first child is its heading (a
 * section, the contents) is found by that heading: the renderer places an element by the page it ends on, and a
 * section's heading is where a reader should land.
 */
final class PartAnchors {

    /** Links to other parts point here until they are resolved; never written to a finished report. */
    static final String PLACEHOLDER = "https://premortem.invalid/anchor#";

    /** The id given to the heading of an element with an id. */
    static final String HEADING_PREFIX = "pdf-top-";

    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private PartAnchors() {
    }

    static void prepare(Document dom) {
        // The elements are listed once: a live node list is walked again from the start after every change, which
        // made this quadratic in the size of a part.
        List<Element> all = elements(dom);
        Set<String> ids = new HashSet<>();
        for (Element element : all) {
            String id = element.getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
                markHeading(element, id);
            }
        }
        for (Element element : all) {
            if ("a".equals(element.getLocalName())) {
                redirect(element, null, "href", ids);
                redirect(element, XLINK, "href", ids);
            }
        }
    }

    /** Every element of the document, in document order. */
    static List<Element> elements(Document dom) {
        List<Element> elements = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(dom.getDocumentElement());
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof Element element) {
                elements.add(element);
                for (Node child = element.getLastChild(); child != null; child = child.getPreviousSibling()) {
                    if (child.getNodeType() == Node.ELEMENT_NODE) {
                        todo.push(child);
                    }
                }
            }
        }
        return elements;
    }

    private static void markHeading(Element element, String id) {
        Node child = element.getFirstChild();
        while (child != null && child.getNodeType() != Node.ELEMENT_NODE) {
            child = child.getNextSibling();
        }
        if (child instanceof Element heading && heading.getLocalName() != null
                && heading.getLocalName().matches("h[1-6]") && heading.getAttribute("id").isEmpty()) {
            heading.setAttribute("id", HEADING_PREFIX + id);
        }
    }

    private static void redirect(Element link, String namespace, String name, Set<String> ids) {
        String href = namespace == null ? link.getAttribute(name) : link.getAttributeNS(namespace, name);
        if (href.length() > 1 && href.charAt(0) == '#' && !ids.contains(href.substring(1))) {
            String placeholder = PLACEHOLDER + href.substring(1);
            if (namespace == null) {
                link.setAttribute(name, placeholder);
            } else {
                link.setAttributeNS(namespace, "xlink:" + name, placeholder);
            }
        }
    }
}
