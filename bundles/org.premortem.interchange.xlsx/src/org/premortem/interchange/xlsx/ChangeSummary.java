/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import of a workbook did or would do to an analysis, element by element (by display id).
 *
 * @param added elements added: display id and sheet
 * @param changed elements changed: display id and the columns that changed
 * @param moved elements that are now part of another element: display id and the new parent's display id
 * @param removed elements removed: display id and sheet
 */
public record ChangeSummary(List<Entry> added, List<Entry> changed, List<Entry> moved, List<Entry> removed) {

    /** An element and what the summary says about it. */
    public record Entry(String displayId, String detail) {
    }

    public ChangeSummary {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        moved = List.copyOf(moved);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && moved.isEmpty() && removed.isEmpty();
    }

    /** The summary as lines: the counts first, then an element a line. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("summary.counts", added.size(), changed.size(), moved.size(), removed.size()));
        added.forEach(e -> lines.add(Messages.get("summary.added", e.displayId(), e.detail())));
        changed.forEach(e -> lines.add(Messages.get("summary.changed", e.displayId(), e.detail())));
        moved.forEach(e -> lines.add(Messages.get("summary.moved", e.displayId(), e.detail())));
        removed.forEach(e -> lines.add(Messages.get("summary.removed", e.displayId(), e.detail())));
        return lines;
    }
}
