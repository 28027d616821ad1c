/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.reqif;

import java.util.ArrayDeque;
import java.util.Deque;

import org.premortem.core.report.XmlText;

/**
 * A small indenting XML writer: elements, attributes (escaped, line breaks and tabs kept as character references) and
 * text. The same calls give the same characters, two spaces an indentation level, {@code \n} line ends.
 */
final class XmlOut {

    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Deque<String> open = new ArrayDeque<>();
    private boolean tagOpen;

    XmlOut() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens an element; {@code attributes} are name, value pairs (a {@code null} value is left out). */
    XmlOut start(String name, String... attributes) {
        closeTag(true);
        indent();
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(attribute(attributes[i + 1])).append('"');
            }
        }
        open.push(name);
        tagOpen = true;
        return this;
    }

    /** An element with text content and no attributes, on one line. */
    XmlOut text(String name, String text) {
        start(name);
        out.append('>').append(XmlText.escape(text)).append("</").append(name).append(">\n");
        open.pop();
        tagOpen = false;
        return this;
    }

    XmlOut end() {
        String name = open.pop();
        if (tagOpen) {
            out.append("/>\n");
            tagOpen = false;
        } else {
            indent();
            out.append("</").append(name).append(">\n");
        }
        return this;
    }

    /** An empty element with attributes. */
    XmlOut empty(String name, String... attributes) {
        return start(name, attributes).end();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void closeTag(boolean lineEnd) {
        if (tagOpen) {
            out.append('>');
            if (lineEnd) {
                out.append('\n');
            }
            tagOpen = false;
        }
    }

    private void indent() {
        out.append("  ".repeat(open.size()));
    }

    private static String attribute(String value) {
        return XmlText.escape(value).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }
}
