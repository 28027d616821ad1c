/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps diagnostics short and on one line. Values from a file are quoted shortened ({@link #quote}); the XML parser's
 * own messages lose their parser-specific decoration (locations, URIs, codes), which our message gives, and are cut
 * ({@link #clean}). Messages can quote hostile text of any size, so nothing here is worse than linear.
 */
final class XmlMessages {

    /** How much of a value from a file a message quotes. */
    static final int MAX_QUOTE = 60;
    /** How much of the XML parser's own message is kept. */
    private static final int MAX_PARSER_MESSAGE = 200;

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
        if (open >= 0 && text.length() - open <= 4 * MAX_PARSER_MESSAGE
                && LOCATION_SUFFIX.matcher(text).region(open, text.length()).matches()) {
            text = text.substring(0, open);
        }
        var code = JAXP_CODE.matcher(text);
        if (code.lookingAt()) {
            text = text.substring(code.end());
        }
        text = text.strip();
        return oneLine(text, MAX_PARSER_MESSAGE) + (text.length() > MAX_PARSER_MESSAGE ? "\u2026" : "");
    }

    /**
     * A value from a file as a message shows it: whole if short, else its first {@value #MAX_QUOTE} characters and
     * its length ({@code "SC-1 SC-1 … (3,604 characters)"}); line breaks and other control characters are shown
     * escaped, so that a message stays on one line.
     */
    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= MAX_QUOTE) {
            return oneLine(value, MAX_QUOTE);
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_QUOTE - 1)) ? MAX_QUOTE - 1 : MAX_QUOTE;
        return oneLine(value.substring(0, end), MAX_QUOTE) + String.format(Locale.ROOT, "\u2026 (%,d characters)",
                value.length());
    }

    /** The first {@code max} characters of {@code text}, control characters escaped ({@code \n}, {@code \u0001}). */
    private static String oneLine(String text, int max) {
        int length = Math.min(text.length(), max);
        StringBuilder result = null;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != 0x7F) {
                if (result != null) {
                    result.append(c);
                }
                continue;
            }
            if (result == null) {
                result = new StringBuilder(length + 16).append(text, 0, i);
            }
            result.append(switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> String.format(Locale.ROOT, "\\u%04X", (int) c);
            });
        }
        return result != null ? result.toString() : length == text.length() ? text : text.substring(0, length);
    }
}
