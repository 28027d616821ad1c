/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.doc;

import java.time.LocalDate;
import java.util.Objects;

/** The head of a report: the analysis's name and description, the file format version and the report date. */
public record TitleBlock(String name, String description, String formatVersion, LocalDate date) {

    public TitleBlock {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        formatVersion = formatVersion == null ? "" : formatVersion;
        Objects.requireNonNull(date, "date");
    }
}
