/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is. Declared from most to least serious. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Whether this severity is at least as serious as {@code level} (e.g. ERROR reaches WARNING). */
    public boolean reaches(Severity level) {
        return ordinal() <= level.ordinal();
    }

    /** The lower-case name used in files and on the command line: error, warning, info. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses error, warning or info (any case). */
    public static Optional<Severity> parse(String text) {
        for (Severity severity : values()) {
            if (severity.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
