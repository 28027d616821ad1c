/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.List;
import java.util.Objects;

import org.premortem.core.compare.ElementState;

/**
 * The outcome of a three-way merge: the merged elements (root first, then document order of ours, then theirs' new
 * ones), the conflicts (ours' values are in the elements) and the display ids given to theirs' clashing elements.
 */
public record MergeResult(String rootId, List<ElementState> elements, List<ConflictRecord> conflicts,
        List<Renumbering> renumberings) {

    public MergeResult {
        Objects.requireNonNull(rootId, "rootId");
        elements = List.copyOf(elements);
        conflicts = List.copyOf(conflicts);
        renumberings = List.copyOf(renumberings);
    }

    public boolean isClean() {
        return conflicts.isEmpty();
    }
}
