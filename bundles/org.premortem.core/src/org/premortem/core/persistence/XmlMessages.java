/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.util.regex.Pattern;

/**
 * Strips parser-specific decoration (locations, URIs, codes) from XML error messages, whose places our own message
 * gives, and keeps them short. Messages can quote hostile text of any size, so nothing here is worse than linear.
 */
final class XmlMessages {

    static final int MAX_QUOTE = 200;

    /** What EMF appends to its diagnostics: {@code (uri, line, column)}. */
    private static final Pattern LOCATION_SUFFIX = Pattern.compile("\\([^()]*, -?\\d+, -?\\d+\\)\\s*");
    /** What the JDK's parser puts before the messages of its limits. */
    private static final Pattern JAXP_CODE = Pattern.compile("JAXP\\d+:\\s*");

    private XmlMessages() {
    }

    static String clean(String message) {
        if (message == null) {
            return "";
        }
        String text = message;
        int marker = text.indexOf("Message: ");
        if (marker >= 0) {
            text = text.substring(marker + "Message: ".length());
        }
        int open = text.lastIndexOf('(');
        if (open >= 0 && text.length() - open <= 4 * MAX_QUOTE
                && LOCATION_SUFFIX.matcher(text).region(open, text.length()).matches()) {
            text = text.substring(0, open);
        }
        var code = JAXP_CODE.matcher(text);
        if (code.lookingAt()) {
            text = text.substring(code.end());
        }
        return shorten(text.strip());
    }

    /** Text from a hostile file can be huge: messages quote at most {@value #MAX_QUOTE} characters of it. */
    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE) + "\u2026";
    }
}
