/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.report;

import java.util.Objects;
import java.util.Optional;

import org.premortem.model.stpa.IdentifiedElement;

/**
 * One validation finding as a report shows it: the rule that found it, its severity ({@code ERROR}, {@code WARNING}
 * or {@code INFO}), the element it is about (if any) and the message. This is the seam between validation and
 * reports: a validation result is turned into these, so that exporters do not depend on the validation engine.
 */
public record ReportFinding(String ruleId, String severity, Optional<IdentifiedElement> element, String message) {

    public ReportFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(message, "message");
    }
}
