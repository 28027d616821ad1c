/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.text.markdown;

import java.util.regex.Pattern;

/**
 * Escapes user text for Markdown (CommonMark and GitHub's tables) so that it stays text: markup characters are
 * backslash-escaped, {@code & < >} become character references (so no raw HTML can be formed), line breaks become
 * {@code <br>} (a cell or paragraph stays one line), and control characters are dropped.
 */
public final class MarkdownText {

    private static final String ESCAPED = "\\`*_[]|~!#{}()";
    private static final Pattern BLOCK_START = Pattern.compile("^(?:[-+=>]|\\d+[.)])");

    private MarkdownText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (ESCAPED.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '\n') {
                out.append("<br>");
            } else if (c == '\t') {
                out.append(' ');
            } else if (c >= 0x20 && !(c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A line that is a paragraph: escaped so its start cannot be read as a heading, list, quote or rule. */
    public static String paragraph(String renderedLine) {
        if (BLOCK_START.matcher(renderedLine).find()) {
            return "\\" + renderedLine;
        }
        return renderedLine;
    }

    /** A relative link to a file beside the Markdown file: every byte outside {@code A-Za-z0-9._-} percent-encoded. */
    public static String fileLink(String fileName) {
        StringBuilder out = new StringBuilder();
        for (byte b : fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
                out.append(c);
            } else {
                out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** An anchor name as it may appear in a link target or an id attribute (our anchors are already safe). */
    public static String anchor(String anchor) {
        return anchor.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
