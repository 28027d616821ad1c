/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import org.premortem.model.stpa.IdentifiedElement;

/** Names elements in messages: {@code CMP-1 'Planner'}, shortening long texts. */
public final class ElementNames {

    private static final int MAX_TEXT = 60;

    private ElementNames() {
    }

    public static String of(IdentifiedElement element) {
        String id = element.getDisplayId() == null || element.getDisplayId().isEmpty() ? element.eClass().getName()
                : element.getDisplayId();
        String text = element.labelText();
        if (text == null || text.isBlank()) {
            return id;
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        String shortText = oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT - 1) + "\u2026";
        return id + " '" + shortText + "'";
    }
}
