/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.Objects;

import org.premortem.model.stpa.IdentifiedElement;

/** A finding of one rule on one element. */
public record Finding(String ruleId, Severity severity, IdentifiedElement element, String message) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(message, "message");
    }

    /** The element's display id (e.g. {@code UCA-3}), or its permanent id when it has none. */
    public String displayId() {
        String displayId = element.getDisplayId();
        return displayId == null || displayId.isEmpty() ? elementId() : displayId;
    }

    /** The element's permanent id (never changes; used by markers to find the element again). */
    public String elementId() {
        return element.getId() == null ? "" : element.getId();
    }
}
