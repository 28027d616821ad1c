/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.html;

import org.premortem.core.report.XmlText;

/**
 * Writes HTML that is also well-formed XML (so the PDF renderer can read the same file): every element closed, every
 * attribute quoted, every text escaped. Tag and attribute names are our own constants, never user text.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(256 * 1024);

    /** Opens {@code tag} with attributes given as name, value pairs (a null value leaves the attribute out). */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(XmlText.escape(attributes[i + 1]))
                        .append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with text content only. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An element without content, written {@code <tag/>}, which HTML and XML both accept for void elements. */
    Html empty(String tag, String... attributes) {
        open(tag, attributes);
        out.setCharAt(out.length() - 1, '/');
        out.append('>');
        return this;
    }

    Html text(String text) {
        out.append(XmlText.escape(text));
        return this;
    }

    /** Markup we made ourselves (styles, SVG from the writer): never user text. */
    Html trusted(String markup) {
        out.append(markup);
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
