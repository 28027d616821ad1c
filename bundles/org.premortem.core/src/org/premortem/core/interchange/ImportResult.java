/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.interchange;

import java.util.List;
import java.util.Objects;

import org.premortem.model.stpa.Analysis;

/**
 * What an import gives: the analysis, the notices about what the file held that has no place in Premortem (kept in a
 * note or left out, each saying which), and, for an update, the summary of the changes made (empty for a new analysis).
 */
public record ImportResult(Analysis analysis, List<ImportNotice> notices, List<String> changes) {

    public ImportResult {
        Objects.requireNonNull(analysis, "analysis");
        notices = List.copyOf(notices);
        changes = List.copyOf(changes);
    }

    /** A new analysis with these notices. */
    public static ImportResult of(Analysis analysis, List<ImportNotice> notices) {
        return new ImportResult(analysis, notices, List.of());
    }
}
