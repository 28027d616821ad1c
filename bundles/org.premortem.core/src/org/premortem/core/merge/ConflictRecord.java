/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.List;
import java.util.Objects;

import org.premortem.model.stpa.ConflictKind;

/**
 * One conflict a merge leaves: the element (permanent id), what kind, the feature (empty when the conflict is about
 * the element's existence), and both sides' values as text (permanent ids for references).
 */
public record ConflictRecord(String elementId, ConflictKind kind, String feature, List<String> ours,
        List<String> theirs) {

    public ConflictRecord {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(feature, "feature");
        ours = List.copyOf(ours);
        theirs = List.copyOf(theirs);
    }
}
