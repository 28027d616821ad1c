/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

/** Strips parser-specific decoration (locations, URIs) from XML error messages; our own message says where. */
final class XmlMessages {

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
        // EMF appends "(uri, line, column)" to its diagnostics.
        text = text.replaceFirst("\\s*\\([^()]*, -?\\d+, -?\\d+\\)\\s*$", "");
        return text.strip();
    }
}
