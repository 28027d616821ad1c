/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.compare;

import java.util.List;
import java.util.Objects;

/**
 * One difference between two versions of an analysis, on the element with permanent id {@code elementId}.
 * {@code feature} names the attribute or reference (empty for added and removed elements; for moves the containment
 * feature). {@code before} and {@code after} are the values in each version: attribute values as text, permanent ids
 * for references and containers, {@link Part#toString()} for id-less parts.
 */
public record Change(ChangeKind kind, String elementId, String feature, List<String> before, List<String> after) {

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(feature, "feature");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
