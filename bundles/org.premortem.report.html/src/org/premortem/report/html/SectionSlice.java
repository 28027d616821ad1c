/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.html;

import java.util.List;
import java.util.Objects;

import org.premortem.report.doc.Block;
import org.premortem.report.doc.Section;

/**
 * Part of a report section, for a page that holds a part of the report: some of its blocks (a long table may be cut
 * into several, each with the header) and slices of its subsections. Only the first slice of a section carries its
 * heading and anchor; a continuation just goes on where the previous part stopped.
 *
 * @param level the heading level of the section (2 for a top-level section)
 */
public record SectionSlice(Section section, int level, boolean first, List<Block> blocks,
        List<SectionSlice> subsections) {

    public SectionSlice {
        Objects.requireNonNull(section, "section");
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
    }
}
