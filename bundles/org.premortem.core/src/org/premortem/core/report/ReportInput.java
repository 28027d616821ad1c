/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.premortem.core.validation.Finding;
import org.premortem.model.stpa.Analysis;

/**
 * What a report is made from: the analysis, the validation findings if validation was run (empty: not run; an empty
 * list: run, nothing found), and the date printed in the title block.
 */
public record ReportInput(Analysis analysis, Optional<List<Finding>> findings, LocalDate date) {

    public ReportInput {
        Objects.requireNonNull(analysis, "analysis");
        findings = Objects.requireNonNull(findings, "findings").map(List::copyOf);
        Objects.requireNonNull(date, "date");
    }

    /** A report without validation findings. */
    public static ReportInput of(Analysis analysis, LocalDate date) {
        return new ReportInput(analysis, Optional.empty(), date);
    }

    /** The same report with the findings of a validation run. */
    public ReportInput withFindings(List<Finding> validationFindings) {
        return new ReportInput(analysis, Optional.of(validationFindings), date);
    }
}
